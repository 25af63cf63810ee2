package id.cpmpos.boot;

import id.cpmpos.config.ConfigKeys;
import id.cpmpos.sandbox.SandboxCredentials;
import id.cpmpos.sandbox.SandboxProvider;
import id.cpmpos.snap.Pem;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/** Writes a terminal.properties (and the key files beside it) that points at a running sandbox. */
public final class SandboxConfigWriter {
  private SandboxConfigWriter() {}

  public static void write(Path file, SandboxProvider sandbox) throws IOException {
    SandboxCredentials c = sandbox.credentials();
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    writeSecret(dir.resolve("partner-private.pem"), Pem.encode(c.partnerKeys().getPrivate()));
    Files.writeString(dir.resolve("provider-public.pem"), Pem.encode(c.providerKeys().getPublic()));
    Files.writeString(dir.resolve("partner-public.pem"), Pem.encode(c.partnerKeys().getPublic()));
    Properties p = new Properties();
    p.setProperty(ConfigKeys.PROVIDER_BASE_URL, sandbox.baseUrl());
    p.setProperty(ConfigKeys.PROVIDER_PUBLIC_KEY, "provider-public.pem");
    p.setProperty(ConfigKeys.PARTNER_ID, c.partnerId());
    p.setProperty(ConfigKeys.CLIENT_KEY, c.clientKey());
    p.setProperty(ConfigKeys.CLIENT_SECRET, c.clientSecret());
    p.setProperty(ConfigKeys.PARTNER_PRIVATE_KEY, "partner-private.pem");
    p.setProperty(ConfigKeys.PARTNER_PUBLIC_KEY, "partner-public.pem");
    p.setProperty(ConfigKeys.CHANNEL_ID, c.channelId());
    p.setProperty(ConfigKeys.MERCHANT_ID, c.merchantId());
    p.setProperty(ConfigKeys.SUB_MERCHANT_ID, "310928924949487");
    p.setProperty(ConfigKeys.TERMINAL_ID, "T0000001");
    p.setProperty(ConfigKeys.EXTERNAL_STORE_ID, "STORE01");
    p.setProperty(ConfigKeys.MERCHANT_NAME, "Toko Sandbox");
    p.setProperty(ConfigKeys.MERCHANT_LOCATION, "Jakarta");
    p.setProperty(ConfigKeys.ACQUIRER_NAME, "Sandbox");
    p.setProperty(ConfigKeys.JOURNAL_PATH, "journal.db");
    p.setProperty(ConfigKeys.NOTIFY_PORT, "0");
    p.setProperty(ConfigKeys.ZONE, "Asia/Jakarta");
    try (Writer w = new StringWriter()) {
      p.store(w, "cpm-pos terminal configuration for the sandbox at " + sandbox.baseUrl());
      writeSecret(file, w.toString()); // holds client.secret
    }
  }

  /** Owner-only from the first byte: a secret is never readable by others, not even briefly. */
  private static void writeSecret(Path file, String content) throws IOException {
    Files.deleteIfExists(file);
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(file,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(file);
    }
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
