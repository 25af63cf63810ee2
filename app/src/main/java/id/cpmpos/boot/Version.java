package id.cpmpos.boot;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The build's version and the git commit it was built from, filtered into the jar by Maven. A build
 * from a source tarball has no git history: its commit is {@code unknown}.
 */
public final class Version {
  static final String UNKNOWN = "unknown";
  private static final Properties BUILD = load();

  private Version() {}

  public static String get() {
    return value(BUILD, "version", "dev");
  }

  /** The abbreviated commit id, with {@code -dirty} when the work tree had uncommitted changes. */
  public static String commit() {
    return commit(BUILD);
  }

  static String commit(Properties build) {
    return value(build, "commit", UNKNOWN);
  }

  /** What {@code --version} prints. */
  public static String describe() {
    return "cpm-pos " + get() + " (commit " + commit() + ")";
  }

  /** A placeholder Maven left unfiltered (git found no repository) counts as absent. */
  private static String value(Properties build, String key, String absent) {
    String v = build.getProperty(key, "").trim();
    return v.isEmpty() || v.startsWith("${") ? absent : v;
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("/id/cpmpos/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // An unreadable resource in our own jar: report "dev"/"unknown" rather than fail the start.
    }
    return p;
  }
}
