package id.cpmpos.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.cli.CpmPosCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a configuration file may hold: known keys only, secrets the owner's alone, https beyond loopback. */
class ConfigLoaderTest {
  @TempDir Path dir;

  private Properties valid() throws IOException {
    Path key = dir.resolve("partner-private.pem");
    if (!Files.exists(key)) {
      Files.writeString(key, "-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----\n");
      chmod(key, "rw-------");
    }
    Properties p = new Properties();
    p.setProperty("provider.baseUrl", "https://api.bank.example/snap");
    p.setProperty("terminal.id", "T001");
    p.setProperty("partner.id", "P");
    p.setProperty("client.key", "K");
    p.setProperty("client.secret", "S");
    p.setProperty("partner.privateKey", "partner-private.pem");
    p.setProperty("channel.id", "95221");
    p.setProperty("merchant.id", "M");
    return p;
  }

  private Path write(Properties p, String permissions) throws IOException {
    Path file = dir.resolve("terminal.properties");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      p.store(w, null);
    }
    chmod(file, permissions);
    return file;
  }

  private static void chmod(Path file, String permissions) throws IOException {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
  }

  @Test
  void anUnknownKeyIsRefusedNamingItAndTheClosestKnownKey() throws Exception {
    Properties p = valid();
    p.remove("client.secret");
    p.setProperty("client.secrett", "S");
    Path file = write(p, "rw-------");

    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
    assertEquals("client.secrett", e.key());
    assertTrue(e.getMessage().contains("closest known key is client.secret "), e.getMessage());

    StringWriter err = new StringWriter();
    int status = CpmPosCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
        "--config", file.toString(), "journal");
    assertEquals(2, status);
    assertTrue(
        err.toString()
            .contains("client.secrett: unknown key; the closest known key is client.secret"),
        err.toString());
  }

  @Test
  void theClosestKeyIsFoundByEditDistanceIgnoringCase() {
    assertEquals(3, ClosestKey.distance("kitten", "sitting"));
    assertEquals("provider.baseUrl", ClosestKey.to("provider.baseurl", ConfigKeys.all()));
    assertEquals("scanner.wedge.maxGapMs", ClosestKey.to("scanner.wedge.maxGap", ConfigKeys.all()));
    assertEquals("notify.port", ClosestKey.to("notfy.port", ConfigKeys.all()));
  }

  @Test
  void aConfigurationHoldingTheClientSecretMustBeTheOwnersAlone() throws Exception {
    Path file = write(valid(), "rw-r--r--");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
    assertEquals("client.secret", e.key());
    assertTrue(e.getMessage().endsWith("fix it with: chmod 600 " + file.toAbsolutePath()),
        e.getMessage());

    chmod(file, "rw-r-----");
    assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
    chmod(file, "rw-------");
    assertDoesNotThrow(() -> ConfigLoader.load(file));
  }

  @Test
  void aConfigurationWithoutTheSecretMayBeReadByOthers() throws Exception {
    Properties p = valid();
    p.remove("client.secret");
    Path file = write(p, "rw-r--r--");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
    // Refused for the missing secret, not for its permissions.
    assertEquals("client.secret: missing (required)", e.getMessage());
  }

  @Test
  void aPrivateKeyFileReadableByOthersIsRefused() throws Exception {
    Properties p = valid();
    Path file = write(p, "rw-------");
    Path key = dir.resolve("partner-private.pem");
    chmod(key, "rw-r-----");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
    assertEquals("partner.privateKey", e.key());
    assertTrue(e.getMessage().endsWith("fix it with: chmod 600 " + key.toAbsolutePath()),
        e.getMessage());
  }

  @Test
  void aPathWithSpacesIsQuotedForTheShell() {
    assertEquals("'/home/kasir/my keys/k.pem'",
        OwnerOnly.shellQuoted(Path.of("/home/kasir/my keys/k.pem")));
    assertEquals("'/a/it'\\''s.pem'", OwnerOnly.shellQuoted(Path.of("/a/it's.pem")));
  }

  @Test
  void plainHttpIsRefusedBeyondLoopback() throws Exception {
    for (String url : new String[]{"http://api.bank.example/snap", "http://10.0.0.5:8080/snap",
        "http://127.0.0.1.evil.example/snap", "ftp://api.bank.example/snap"}) {
      Properties p = valid();
      p.setProperty("provider.baseUrl", url);
      ConfigException e = assertThrows(ConfigException.class,
          () -> ConfigLoader.load(write(p, "rw-------")), url);
      assertEquals("provider.baseUrl", e.key());
      assertTrue(e.getMessage().contains("https"), e.getMessage());
    }
    for (String url : new String[]{"https://api.bank.example/snap", "http://127.0.0.1:4567/snap",
        "http://localhost:4567", "http://[::1]:4567/snap", "HTTPS://api.bank.example"}) {
      Properties p = valid();
      p.setProperty("provider.baseUrl", url);
      Path file = write(p, "rw-------");
      assertDoesNotThrow(() -> ConfigLoader.load(file), url);
    }
  }
}
