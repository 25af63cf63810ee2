package id.cpmpos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.testing.SandboxFixture;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a mistaken command line gets back: a clear error that repeats no secret and no huge paste. */
class SecretsInErrorsIT {
  @TempDir Path dir;
  SandboxFixture fixture;

  record Run(int status, String out, String err) {}

  @BeforeEach
  void start() throws Exception {
    fixture = new SandboxFixture(dir);
    fixture.override("ui.language", "en");
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  Run cli(String stdin, Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 2];
    all[0] = "--config";
    all[1] = fixture.config.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    int status = CpmPosCommand.run(new BufferedReader(new StringReader(stdin)), env,
        new PrintWriter(out, true),
        new PrintWriter(err, true), all);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void aPinGivenAsAnArgumentIsNeverEchoed() {
    for (String[] args : new String[][]{
        {"cancel", "--ref", "P1", "--pin", "482913"},
        {"refund", "--ref", "P1", "--amount", "100.00", "--pin=482913"},
        {"cancel", "--ref", "P1", "--pin-stdin", "482913"},
        {"set-pin", "--stdin", "482913"}}) {
      Run run = cli("", Map.of(), args);
      assertEquals(ExitStatus.BAD_INPUT, run.status(), String.join(" ", args));
      assertFalse(run.err().contains("482913") || run.out().contains("482913"), run.err());
    }
    Run run = cli("", Map.of(), "cancel", "--ref", "P1", "--pin", "482913");
    assertTrue(run.err().contains("Not understood: --pin …"), run.err());
    assertTrue(run.err().contains("use --pin-stdin or the CPM_POS_PIN environment variable"),
        run.err());
  }

  @Test
  void aMistypedOptionIsStillNamedWithItsSuggestion() {
    Run run = cli("", Map.of(), "journal", "--limt", "5");
    assertEquals(ExitStatus.BAD_INPUT, run.status());
    assertTrue(run.err().contains("Not understood: --limt …"), run.err());
    assertTrue(run.err().contains("Did you mean: --limit"), run.err());
  }

  @Test
  void changingThePinWithOneLineAsksForTheCurrentPin() {
    assertEquals(ExitStatus.OK, cli("4829\n", Map.of(), "set-pin", "--stdin").status());

    Run run = cli("99887766\n", Map.of(), "set-pin", "--stdin");

    assertEquals(ExitStatus.BAD_INPUT, run.status());
    assertTrue(run.err().contains("give the current PIN first"), run.err());
    assertFalse(run.err().contains("digits"),
        "not a complaint about the PIN's format: " + run.err());
    // The PIN did not change: the old one still works, through the same command.
    assertEquals(ExitStatus.OK, cli("4829\n99887766\n", Map.of(), "set-pin", "--stdin").status());
  }

  @Test
  void aHugeAmountIsNotEchoedWhole() {
    String amount = "1".repeat(5_000);
    Run run = cli("", Map.of(), "pay", "--amount", amount, "--qr", "hQVDUFYwMWEXAMPLE");
    assertEquals(ExitStatus.BAD_INPUT, run.status(), run.err());
    assertFalse(run.err().contains("1".repeat(100)),
        "the amount echoed whole: " + run.err().length() + " chars");
    assertTrue(run.err().contains("\"" + "1".repeat(24) + "…\""), run.err());
  }
}
