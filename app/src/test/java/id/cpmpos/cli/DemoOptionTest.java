package id.cpmpos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * {@code --demo} opens the demo's own sandbox and journal, so it cannot be combined with a
 * configuration: refused, exit 2, before any window or journal is opened.
 */
class DemoOptionTest {
  @Test
  void demoWithAConfigurationIsRefusedBeforeAnythingStarts() {
    StringWriter err = new StringWriter();
    int status = CpmPosCommand.run(new PrintWriter(new StringWriter(), true),
        new PrintWriter(err, true), "--demo",
        "--config", "/nonexistent/terminal.properties");

    assertEquals(ExitStatus.BAD_INPUT, status);
    assertEquals(
        "--demo opens the demo's own sandbox and journal: give --demo or --config, not both.",
        err.toString().strip());
  }

  @Test
  void theHelpNamesIt() {
    StringWriter out = new StringWriter();
    CpmPosCommand.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
        "--help");
    assertTrue(out.toString().contains("--demo"), out.toString());
  }
}
