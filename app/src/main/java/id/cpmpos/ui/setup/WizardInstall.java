package id.cpmpos.ui.setup;

import id.cpmpos.boot.ConfigInstaller;
import id.cpmpos.boot.ConnectionTest;
import id.cpmpos.config.ConfigException;
import id.cpmpos.config.ConfigKeys;
import id.cpmpos.config.ConfigLoader;
import id.cpmpos.config.TerminalConfig;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The wizard's answers made into a configuration, tested against the provider, and installed only if
 * the provider accepted them. No JavaFX: the view model runs it on its background executor.
 *
 * <p>The answers are first written, owner-only, into a private temporary directory: the configuration
 * that refers to copies of the two key files and to the secret's own file. The configuration's own
 * rules ({@link ConfigLoader}) read it there, and {@link ConnectionTest} asks the provider for a token
 * and sends one signed query. That directory is deleted whatever happens. Installed, the key files and
 * the secret are copied beside the configuration (owner-only, so a key read from a USB stick that is
 * then taken away, or from a FAT stick where nothing is owner-only, still works), and then the
 * configuration is written last by {@link ConfigInstaller}, with the PIN pepper: a terminal started
 * meanwhile finds either no configuration or a complete one.
 */
final class WizardInstall {
  static final String PRIVATE_KEY_FILE = "partner-private.pem";
  static final String PROVIDER_KEY_FILE = "provider-public.pem";
  static final String SECRET_FILE = "client-secret";

  /**
   * What was typed and chosen.
   *
   * @param values configuration key → value, for the plain fields
   * @param providerKey null when not given (it is optional)
   */
  record Answers(Map<String, String> values, Path privateKey, Path providerKey, String clientSecret,
      String language) {
    @Override
    public String toString() {
      return "Answers" + values.keySet() + " (secret not shown)"; // never the secret, whoever prints this
    }
  }

  /** How the attempt ended: the answers broke a configuration rule, the provider refused, or it is installed. */
  sealed interface Outcome {
    record Invalid(ConfigException problem) implements Outcome {}

    record Refused(ConnectionTest.Result test) implements Outcome {}

    record Installed(Path config, ConnectionTest.Result test) implements Outcome {}
  }

  private WizardInstall() {}

  static Outcome testThenInstall(Answers answers, FirstRunSetup where) throws IOException {
    Path staging = Files.createTempDirectory(where.stagingRoot(), "cpm-pos-setup-"); // rwx------ on POSIX
    try {
      byte[] privateKey = Files.readAllBytes(answers.privateKey());
      byte[] providerKey = answers.providerKey() == null
          ? null
          : Files.readAllBytes(answers.providerKey());
      byte[] secret = answers.clientSecret().strip().getBytes(StandardCharsets.UTF_8);
      Path staged = staging.resolve("terminal.properties");
      Properties draft = placeFiles(staging, answers, privateKey, providerKey, secret, where);
      try (Writer w = Files.newBufferedWriter(ownerOnly(staged, new byte[0]),
          StandardCharsets.UTF_8)) {
        draft.store(w, null);
      }
      TerminalConfig config;
      ConnectionTest.Result test;
      try {
        config = ConfigLoader.load(staged);
        test = ConnectionTest.run(config, where.env(), where.clock());
      } catch (ConfigException e) {
        return new Outcome.Invalid(e);
      }
      if (!test.ok()) {
        return new Outcome.Refused(test);
      }
      Path target = where.configFile().toAbsolutePath();
      Properties installed = placeFiles(ownerOnlyDirectory(target.getParent()), answers, privateKey,
          providerKey,
          secret, where);
      ConfigInstaller.write(installed, target); // last, with the PIN pepper beside it
      return new Outcome.Installed(target, test);
    } finally {
      deleteTree(staging);
    }
  }

  /** Writes the key files and the secret into {@code dir}; returns the configuration that names them. */
  private static Properties placeFiles(Path dir, Answers answers, byte[] privateKey,
      byte[] providerKey,
      byte[] secret, FirstRunSetup where) throws IOException {
    Properties p = new Properties();
    answers.values().forEach((k, v) -> {
      if (v != null && !v.isBlank()) {
        p.setProperty(k, v.strip());
      }
    });
    p.setProperty(ConfigKeys.PARTNER_PRIVATE_KEY,
        ownerOnly(dir.resolve(PRIVATE_KEY_FILE), privateKey).toString());
    if (providerKey != null) {
      p.setProperty(ConfigKeys.PROVIDER_PUBLIC_KEY,
          ownerOnly(dir.resolve(PROVIDER_KEY_FILE), providerKey).toString());
    }
    p.setProperty(ConfigKeys.CLIENT_SECRET_FILE,
        ownerOnly(dir.resolve(SECRET_FILE), secret).toString());
    p.setProperty(ConfigKeys.JOURNAL_PATH, where.journal().toAbsolutePath().toString());
    p.setProperty(ConfigKeys.LANGUAGE, answers.language());
    return p;
  }

  private static boolean posix(Path dir) {
    return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  /** The configuration's directory, made owner-only if it has to be made (as ConfigInstaller does). */
  private static Path ownerOnlyDirectory(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir);
      if (posix(dir)) {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
      }
    }
    return dir;
  }

  /**
   * Owner-only from the first byte (a temporary file beside it, then moved over {@code file} in one
   * step): a secret is never readable by others, not even briefly, and never half-written.
   */
  private static Path ownerOnly(Path file, byte[] content) throws IOException {
    Path temp = file.resolveSibling("." + file.getFileName() + ".new");
    Files.deleteIfExists(temp);
    if (posix(file.getParent())) {
      Files.createFile(temp,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(temp);
    }
    Files.write(temp, content);
    return Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
