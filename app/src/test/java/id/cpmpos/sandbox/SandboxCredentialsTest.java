package id.cpmpos.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.snap.Pem;
import id.cpmpos.snap.Signatures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's credentials are made once and kept, so a demo start does not generate two RSA key pairs.
 * What is tested is keeping and reading them, so "fresh" credentials here get new ids and a new
 * secret around the same two key pairs (the test resources' partner pair and one generated per class,
 * different so that a swap shows): generating two 2048-bit pairs per call made this class take seconds
 * of the unit lane's CPU.
 */
class SandboxCredentialsTest {
  private static final KeyPair PARTNER = partnerKeys();
  private static final KeyPair PROVIDER = Pem.newRsaKeyPair();

  @TempDir Path dir;

  private static KeyPair partnerKeys() {
    try {
      Path pem = Path.of("src/test/resources/keys");
      return new KeyPair(Pem.readPublicKey(pem.resolve("partner-public.pem")),
          Pem.readPrivateKey(pem.resolve("partner-private.pem")));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static SandboxCredentials loadOrGenerate(Path file) {
    return SandboxCredentials.loadOrGenerate(file,
        () -> SandboxCredentials.generate(PARTNER, PROVIDER));
  }

  @Test
  void theSecondDemoStartReadsTheKeysTheFirstOneMade() {
    Path file = dir.resolve("demo").resolve("sandbox-credentials.properties");
    SandboxCredentials first = loadOrGenerate(file);
    SandboxCredentials again = loadOrGenerate(file);

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
    loadOrGenerate(file);
    assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
  }

  @Test
  void anUnreadableFileIsReplacedByFreshCredentials() throws Exception {
    Path file = dir.resolve("sandbox-credentials.properties");
    SandboxCredentials first = loadOrGenerate(file);
    Files.writeString(file, "partnerId=1\npartnerKey=not base64 at all\n");

    SandboxCredentials fresh = loadOrGenerate(file);

    assertNotEquals(first.clientSecret(), fresh.clientSecret());
    assertEquals(fresh.clientSecret(), loadOrGenerate(file).clientSecret());
  }
}
