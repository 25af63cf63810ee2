package id.cpmpos.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.config.ConfigException;
import id.cpmpos.sandbox.Scenario;
import id.cpmpos.terminal.PaymentOutcome;
import id.cpmpos.testing.SandboxFixture;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Clock;
import java.util.Properties;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client secret from an owner-only file and the signing key from a PKCS#12 keystore (password
 * from an owner-only file) pay against the sandbox as the inline secret and the PEM key do.
 */
class SecretsAtRestIT {
  @TempDir Path dir;
  SandboxFixture fixture;
  Properties config;

  @BeforeEach
  void start() throws Exception {
    fixture = new SandboxFixture(dir);
    config = new Properties();
    try (var in = Files.newBufferedReader(fixture.config, StandardCharsets.UTF_8)) {
      config.load(in);
    }
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void theClientSecretMayComeFromAnOwnerOnlyFile() throws Exception {
    Path secretFile = ownerOnly(dir.resolve("client-secret"),
        config.getProperty("client.secret") + "\n");
    config.remove("client.secret");
    config.setProperty("client.secretFile", "client-secret");
    save();
    assertPays();

    Files.setPosixFilePermissions(secretFile, PosixFilePermissions.fromString("rw-r--r--"));
    ConfigException e = assertThrows(ConfigException.class,
        () -> TerminalContext.open(fixture.config, Clock.systemUTC()));
    assertEquals("client.secretFile", e.key());
    assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
  }

  @Test
  void theSigningKeyMayComeFromAPkcs12Keystore() throws Exception {
    KeyPair partner = fixture.sandbox.credentials().partnerKeys();
    HeldCertificate cert = new HeldCertificate.Builder().keyPair(partner).commonName("merchant")
        .build();
    KeyStore p12 = KeyStore.getInstance("PKCS12");
    p12.load(null, null);
    p12.setKeyEntry("merchant", partner.getPrivate(), "s3cret-store".toCharArray(),
        new Certificate[]{cert.certificate()});
    Path store = dir.resolve("partner.p12");
    try (var out = Files.newOutputStream(store)) {
      p12.store(out, "s3cret-store".toCharArray());
    }
    Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("rw-------"));
    ownerOnly(dir.resolve("keystore-password"), "s3cret-store\n");
    config.remove("partner.privateKey");
    config.remove("partner.publicKey");
    config.setProperty("partner.keyStore", "partner.p12");
    config.setProperty("partner.keyAlias", "merchant");
    config.setProperty("partner.keyStorePasswordFile", "keystore-password");
    save();
    assertPays();

    Files.writeString(dir.resolve("keystore-password"), "wrong\n");
    ConfigException e = assertThrows(ConfigException.class,
        () -> TerminalContext.open(fixture.config, Clock.systemUTC()));
    assertEquals("partner.keyStore", e.key());
    assertTrue(e.getMessage().contains("wrong password"), e.getMessage());
  }

  private void assertPays() throws Exception {
    String qr = fixture.customerQr(Scenario.APPROVE);
    try (TerminalContext terminal = TerminalContext.open(fixture.config, Clock.systemUTC())) {
      assertInstanceOf(PaymentOutcome.Approved.class,
          terminal.payments().pay("10000.00", qr, null));
    }
  }

  private static Path ownerOnly(Path file, String content) throws Exception {
    Files.writeString(file, content);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    return file;
  }

  private void save() throws Exception {
    try (Writer w = Files.newBufferedWriter(fixture.config, StandardCharsets.UTF_8)) {
      config.store(w, null);
    }
  }
}
