package id.cpmpos.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.snap.Signatures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's credentials are made once and kept, so a demo start does not generate two RSA key pairs. */
class SandboxCredentialsTest {
  @TempDir
  Path dir;

  @Test
  void theSecondDemoStartReadsTheKeysTheFirstOneMade() {
    Path file = dir.resolve("demo").resolve("sandbox-credentials.properties");
    SandboxCredentials first = SandboxCredentials.loadOrGenerate(file);
    SandboxCredentials again = SandboxCredentials.loadOrGenerate(file);

    assertEquals(first.clientSecret(), again.clientSecret());
    assertEquals(first.partnerId(), again.partnerId());
    assertEquals(first.partnerKeys().getPublic(), again.partnerKeys().getPublic());
    assertEquals(first.providerKeys().getPrivate(), again.providerKeys().getPrivate());
    // the pair rebuilt from the kept private half still signs and verifies
    String signature = Signatures.rsaSign(again.partnerKeys().getPrivate(), "string to sign");
    assertTrue(Signatures.rsaVerify(first.partnerKeys().getPublic(), "string to sign", signature));
  }

  @Test
  void theFileIsTheOwnersOnly() throws Exception {
    Path file = dir.resolve("sandbox-credentials.properties");
    SandboxCredentials.loadOrGenerate(file);
    assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
  }

  @Test
  void anUnreadableFileIsReplacedByFreshCredentials() throws Exception {
    Path file = dir.resolve("sandbox-credentials.properties");
    SandboxCredentials first = SandboxCredentials.loadOrGenerate(file);
    Files.writeString(file, "partnerId=1\npartnerKey=not base64 at all\n");

    SandboxCredentials fresh = SandboxCredentials.loadOrGenerate(file);

    assertNotEquals(first.clientSecret(), fresh.clientSecret());
    assertEquals(fresh.clientSecret(), SandboxCredentials.loadOrGenerate(file).clientSecret());
  }
}
