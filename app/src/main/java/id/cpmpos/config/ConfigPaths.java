package id.cpmpos.config;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the terminal keeps its configuration and data by default, following each OS's convention.
 * Linux: {@code $XDG_CONFIG_HOME/cpm-pos} (else {@code $HOME/.config/cpm-pos}) and
 * {@code $XDG_DATA_HOME/cpm-pos} (else {@code $HOME/.local/share/cpm-pos}).
 */
public final class ConfigPaths {
  private static final String APP = "cpm-pos";

  private ConfigPaths() {}

  public static Path defaultConfigFile() {
    return configDir().resolve("terminal.properties");
  }

  public static Path configDir() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    Path home = home();
    if (os.contains("win")) {
      return Path.of(envOr("APPDATA", home.resolve("AppData/Roaming").toString()), APP);
    }
    if (os.contains("mac")) {
      return home.resolve("Library/Application Support").resolve(APP);
    }
    return Path.of(envOr("XDG_CONFIG_HOME", home.resolve(".config").toString()), APP);
  }

  public static Path defaultDataDir() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    Path home = home();
    if (os.contains("win")) {
      return Path.of(envOr("LOCALAPPDATA", home.resolve("AppData/Local").toString()), APP);
    }
    if (os.contains("mac")) {
      return home.resolve("Library/Application Support").resolve(APP);
    }
    return Path.of(envOr("XDG_DATA_HOME", home.resolve(".local/share").toString()), APP);
  }

  /**
   * {@code $HOME} when set, else the JVM's {@code user.home} (which Java takes from the password
   * database, ignoring {@code $HOME}): one rule for the configuration, the journal and the logs.
   */
  static Path home() {
    return Path.of(envOr("HOME", System.getProperty("user.home")));
  }

  private static String envOr(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
