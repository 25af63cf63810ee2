package id.cpmpos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.testing.Bundles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * With an Indonesian default locale ({@code -Duser.language=id}) the help is in Bahasa Indonesia,
 * with an English one in English. Isolated: it changes the JVM's default locale.
 */
@Isolated
class CliHelpIndonesianTest {
  @Test
  void theDefaultLocaleChoosesTheHelpsLanguage() throws Exception {
    Properties id = Bundles.load(CliHelpTest.ID);
    Properties en = Bundles.load(CliHelpTest.EN);
    String indonesian = help(Locale.forLanguageTag("id-ID"), "sync", "--help");
    assertTrue(indonesian.startsWith("Penggunaan: cpm-pos sync"), indonesian);
    assertTrue(indonesian.contains(id.getProperty("mixinStandardHelpOptions.help")), indonesian);
    assertTrue(indonesian.replaceAll("\\s+", " ").contains(
        id.getProperty("cpm-pos.sync.once").replaceAll("\\s+", " ")), indonesian);
    String english = help(Locale.ENGLISH, "sync", "--help");
    assertTrue(english.startsWith("Usage: cpm-pos sync"), english);
    assertTrue(english.replaceAll("\\s+", " ").contains(
        en.getProperty("cpm-pos.sync.once").replaceAll("\\s+", " ")), english);
  }

  private static String help(Locale locale, String... args) {
    Locale before = Locale.getDefault();
    Locale.setDefault(locale);
    try {
      StringWriter out = new StringWriter();
      assertEquals(0, CpmPosCommand.run(new PrintWriter(out, true),
          new PrintWriter(new StringWriter(), true), args));
      return out.toString();
    } finally {
      Locale.setDefault(before);
    }
  }
}
