package id.cpmpos.i18n;

import static org.junit.jupiter.api.Assertions.assertFalse;

import id.cpmpos.testing.Bundles;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every text exists in both languages: a key missing in one would show the key itself to a cashier. */
class BundlesTest {
  static Properties load(String name) throws Exception {
    return Bundles.load("/assets/i18n/" + name);
  }

  @Test
  void indonesianAndEnglishHaveTheSameKeys() throws Exception {
    Bundles.assertSameKeys("/assets/i18n/messages.properties",
        "/assets/i18n/messages_en.properties");
  }

  /**
   * A text with arguments goes through MessageFormat, where a lone apostrophe starts a quote: it
   * vanishes and every argument after it is printed as "{1}" (the checkout's "answer not recorded"
   * said "Ref {1}" in English). Such texts write an apostrophe as two.
   */
  @Test
  void aTextWithArgumentsWritesEachApostropheTwice() throws Exception {
    Pattern argument = Pattern.compile("\\{\\d");
    Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
    for (String bundle : new String[]{"messages.properties", "messages_en.properties"}) {
      Properties p = load(bundle);
      for (String key : p.stringPropertyNames()) {
        String text = p.getProperty(key);
        assertFalse(argument.matcher(text).find() && loneApostrophe.matcher(text).find(),
            bundle + " " + key + ": " + text);
      }
    }
  }
}
