package id.cpmpos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.i18n.Messages;
import id.cpmpos.testing.Bundles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Before a configuration names the terminal's language, the command line speaks the console's:
 * with an Indonesian default locale ({@code -Duser.language=id}) the help and the errors are in
 * Bahasa Indonesia, with any other in English. Isolated: it changes the JVM's default locale.
 */
@Isolated
class ConsoleLanguageTest {
  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

  @TempDir Path dir;

  @Test
  void theDefaultLocaleChoosesTheHelpsLanguage() throws Exception {
    Properties id = Bundles.load(CliHelpTest.ID);
    Properties en = Bundles.load(CliHelpTest.EN);
    String indonesian = run(INDONESIAN, 0, "sync", "--help").out;
    assertTrue(indonesian.startsWith("Penggunaan: cpm-pos sync"), indonesian);
    assertTrue(indonesian.contains(id.getProperty("mixinStandardHelpOptions.help")), indonesian);
    assertTrue(indonesian.replaceAll("\\s+", " ").contains(
        id.getProperty("cpm-pos.sync.once").replaceAll("\\s+", " ")), indonesian);
    String english = run(Locale.ENGLISH, 0, "sync", "--help").out;
    assertTrue(english.startsWith("Usage: cpm-pos sync"), english);
    assertTrue(english.replaceAll("\\s+", " ").contains(
        en.getProperty("cpm-pos.sync.once").replaceAll("\\s+", " ")), english);
  }

  @Test
  void errorsBeforeAConfigurationAreInTheConsolesLanguage() throws Exception {
    Path missing = dir.resolve("missing.png");
    assertTrue(run(INDONESIAN, ExitStatus.BAD_INPUT, "scan", "--image", missing.toString())
        .firstError().startsWith("Gambar " + missing + " tidak dapat dibaca: "));
    assertTrue(run(Locale.US, ExitStatus.BAD_INPUT, "scan", "--image", missing.toString())
        .firstError().startsWith("cannot read image " + missing + ": "));

    Path config = Files.writeString(dir.resolve("broken.properties"), "provider.baseUrl=\n");
    assertTrue(run(INDONESIAN, ExitStatus.BAD_INPUT, "--config", config.toString(), "query",
        "--ref", "R1").firstError().startsWith("Kesalahan konfigurasi: "));
    assertTrue(run(Locale.ENGLISH, ExitStatus.BAD_INPUT, "--config", config.toString(), "query",
        "--ref", "R1").firstError().startsWith("Configuration error: "));

    Path none = dir.resolve("none.properties");
    assertTrue(run(INDONESIAN, ExitStatus.FAILED, "--config", none.toString(), "doctor").out
        .contains("Tidak ada konfigurasi di " + none));
    assertTrue(run(Locale.ENGLISH, ExitStatus.FAILED, "--config", none.toString(), "doctor").out
        .contains("No configuration at " + none));

    assertTrue(run(INDONESIAN, ExitStatus.BAD_INPUT, "wallet", "--scenario", "x").firstError()
        .startsWith("Skenario 'x' tidak dikenal; pilih salah satu: approve"));
  }

  @Test
  void onlyAnIndonesianConsoleGetsIndonesian() {
    assertEquals("id", Messages.forConsole(INDONESIAN).locale().getLanguage());
    assertEquals("id", Messages.forConsole(new Locale("in")).locale().getLanguage());
    assertEquals(Locale.ENGLISH, Messages.forConsole(Locale.US).locale());
    assertEquals(Locale.ENGLISH, Messages.forConsole(Locale.FRANCE).locale());
    assertEquals(Locale.ENGLISH, Messages.forConsole(Locale.ROOT).locale());
  }

  private record Run(String out, String err) {
    String firstError() {
      return err.lines().findFirst().orElse("");
    }
  }

  private static Run run(Locale locale, int expectedStatus, String... args) {
    Locale before = Locale.getDefault();
    Locale.setDefault(locale);
    try {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      assertEquals(expectedStatus, CpmPosCommand.run(new PrintWriter(out, true),
          new PrintWriter(err, true), args), err.toString());
      return new Run(out.toString(), err.toString());
    } finally {
      Locale.setDefault(before);
    }
  }
}
