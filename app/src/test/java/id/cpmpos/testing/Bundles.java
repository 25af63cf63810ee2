package id.cpmpos.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

/** A message bundle's file as the tests read it (UTF-8, as ResourceBundle reads it since Java 9). */
public final class Bundles {
  private Bundles() {}

  /** The properties file at {@code resource}, a class path resource ({@code /assets/i18n/...}). */
  public static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Bundles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("no " + resource + " on the class path");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  /** Two languages of one bundle hold the same keys. */
  public static void assertSameKeys(String resource, String other) throws IOException {
    assertEquals(new TreeSet<>(load(resource).stringPropertyNames()),
        new TreeSet<>(load(other).stringPropertyNames()), resource + " / " + other);
  }
}
