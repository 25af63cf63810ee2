package id.cpmpos.boot;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The build's version, filtered into the jar by Maven. */
public final class Version {
  private Version() {}

  public static String get() {
    try (InputStream in = Version.class.getResourceAsStream("/id/cpmpos/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}
