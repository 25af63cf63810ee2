package id.cpmpos.boot;

import id.cpmpos.config.ConfigKeys;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Properties;

/**
 * Installs a configuration prepared elsewhere (by IT, or by the setup wizard): file paths in it are
 * made absolute, so it still finds its key files from its new place; it is written owner-only from
 * the first byte, in an owner-only directory, and the PIN pepper is created beside it.
 */
public final class ConfigInstaller {
  /** Keys whose values are files, resolved against the source file's directory. */
  static final List<String> PATH_KEYS = List.of(ConfigKeys.PROVIDER_PUBLIC_KEY,
      ConfigKeys.PROVIDER_TRUST_STORE,
      ConfigKeys.PARTNER_PRIVATE_KEY, ConfigKeys.PARTNER_PUBLIC_KEY, ConfigKeys.CLIENT_SECRET_FILE,
      ConfigKeys.PARTNER_KEY_STORE, ConfigKeys.PARTNER_KEY_STORE_PASSWORD_FILE,
      ConfigKeys.JOURNAL_PATH,
      ConfigKeys.LOG_DIR);

  private ConfigInstaller() {}

  public static void install(Path source, Path target) throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    Path base = source.toAbsolutePath().getParent();
    for (String key : PATH_KEYS) {
      String v = p.getProperty(key);
      if (v != null && !v.isBlank()) {
        p.setProperty(key, base.resolve(v.trim()).normalize().toString());
      }
    }
    write(p, target);
  }

  /** Writes {@code p} owner-only to {@code target} (replacing it) and creates the PIN pepper beside it. */
  public static void write(Properties p, Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir);
      if (posix) {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
      }
    }
    StringWriter text = new StringWriter();
    p.store(text, "cpm-pos terminal configuration, installed by setup");
    Path temp = dir.resolve("." + target.getFileName() + ".new");
    Files.deleteIfExists(temp);
    if (posix) {
      Files.createFile(temp,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    Files.writeString(temp, text.toString(), StandardCharsets.UTF_8);
    // Replaced in one step: a terminal starting meanwhile reads the old file or the new, never half of one.
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    TerminalContext.pinPepper(target).obtain();
  }
}
