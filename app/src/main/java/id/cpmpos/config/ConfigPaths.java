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
    return perOs("APPDATA", "AppData/Roaming", "XDG_CONFIG_HOME", ".config");
  }

  public static Path defaultDataDir() {
    return perOs("LOCALAPPDATA", "AppData/Local", "XDG_DATA_HOME", ".local/share");
  }

  /**
   * Windows: the folder named by {@code windowsVariable} (else that folder's usual place under the
   * home); macOS: Application Support, for configuration and data alike; elsewhere the XDG folder
   * named by {@code xdgVariable} (else its default under the home). Each with {@code cpm-pos} below.
   */
  private static Path perOs(String windowsVariable, String windowsDefault, String xdgVariable,
      String xdgDefault) {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    Path home = home();
    if (os.contains("win")) {
      return Path.of(envOr(windowsVariable, home.resolve(windowsDefault).toString()), APP);
    }
    if (os.contains("mac")) {
      return home.resolve("Library/Application Support").resolve(APP);
    }
    return Path.of(envOr(xdgVariable, home.resolve(xdgDefault).toString()), APP);
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
