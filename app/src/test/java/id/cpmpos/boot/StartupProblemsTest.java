package id.cpmpos.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.i18n.Messages;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which start-up failure is which, from what the toolkit throws and what the environment holds. */
class StartupProblemsTest {
  private final Messages en = Messages.forLanguage("en");

  @Test
  void noDisplayOnlyWhereTheToolkitNeedsOne() {
    assertTrue(StartupProblems.noDisplay(Map.of(), "Linux", null, en).isPresent());
    assertTrue(StartupProblems.noDisplay(Map.of("DISPLAY", " "), "FreeBSD", null, en).isPresent());
    assertEquals(Optional.empty(),
        StartupProblems.noDisplay(Map.of("DISPLAY", ":0"), "Linux", null, en));
    assertEquals(Optional.empty(), StartupProblems.noDisplay(Map.of(), "Windows 11", null, en));
    assertEquals(Optional.empty(), StartupProblems.noDisplay(Map.of(), "Mac OS X", null, en));
    assertEquals(Optional.empty(), StartupProblems.noDisplay(Map.of(), "Linux", "Monocle", en));
  }

  @Test
  void gtkMissingIsToldApartFromAnUnusableDisplay() {
    Throwable noGtk = new RuntimeException("Application launch failed",
        new UnsatisfiedLinkError(
            "/tmp/libglassgtk3.so: libgtk-3.so.0: cannot open shared object file"));
    assertTrue(StartupProblems.toolkitFailed(noGtk, Map.of("DISPLAY", ":0"), en)
        .contains("sudo apt install libgtk-3-0"));

    Throwable noServer = new UnsupportedOperationException("Unable to open DISPLAY");
    assertTrue(StartupProblems.toolkitFailed(noServer, Map.of("DISPLAY", ":7"), en)
        .startsWith("Cannot open the display :7:"));

    Throwable other = new IllegalStateException("wrapped",
        new IllegalArgumentException("no suitable pipeline"));
    assertEquals(
        "The checkout window cannot start: no suitable pipeline. Details are in the support log.",
        StartupProblems.toolkitFailed(other, Map.of("DISPLAY", ":0"), en));
  }
}
