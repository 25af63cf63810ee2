package id.cpmpos.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every text exists in both languages: a key missing in one would show the key itself to a cashier. */
class BundlesTest {
  static Properties load(String name) throws Exception {
    Properties p = new Properties();
    try (InputStream in = BundlesTest.class.getResourceAsStream("/assets/i18n/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void indonesianAndEnglishHaveTheSameKeys() throws Exception {
    assertEquals(new TreeSet<>(load("messages.properties").stringPropertyNames()),
        new TreeSet<>(load("messages_en.properties").stringPropertyNames()));
  }
}
