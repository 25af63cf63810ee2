package id.cpmpos.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the support log goes, decided before the first logger exists (so it cannot wait for the
 * full configuration to be validated). The one rule, first match wins:
 * <ol>
 *   <li>the {@code cpmpos.log.dir} system property (tests, a launcher's options);
 *   <li>{@code log.dir} in the configuration file in use (relative to the file's directory);
 *   <li>{@code logs/} in the per-user data directory, {@link ConfigPaths#defaultDataDir()}.
 * </ol>
 */
public final class LogLocation {
  public static final String PROPERTY = "cpmpos.log.dir";

  private LogLocation() {}

  /** @param configFile the {@code --config} given, or null for the default file (if it exists) */
  public static Path resolve(Path configFile) {
    return resolve(System.getProperty(PROPERTY),
        configFile != null ? configFile : ConfigPaths.defaultConfigFile(),
        ConfigPaths.defaultDataDir());
  }

  static Path resolve(String forced, Path configFile, Path dataDir) {
    if (forced != null && !forced.isBlank()) {
      return Path.of(forced);
    }
    String configured = logDirOf(configFile);
    if (configured != null) {
      return configFile.toAbsolutePath().getParent().resolve(configured).normalize();
    }
    return dataDir.resolve("logs");
  }

  /** Only {@code log.dir} is read here; a file that cannot be read is reported later, by the loader. */
  private static String logDirOf(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
    String v = p.getProperty(ConfigKeys.LOG_DIR);
    return v == null || v.isBlank() ? null : v.trim();
  }

  /** The {@code --config} value among the arguments (before or after the command), or null. */
  public static Path configArgument(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--config") && i + 1 < args.length) {
        return Path.of(args[i + 1]);
      }
      if (args[i].startsWith("--config=")) {
        return Path.of(args[i].substring("--config=".length()));
      }
    }
    return null;
  }
}
