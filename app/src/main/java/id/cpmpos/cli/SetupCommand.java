package id.cpmpos.cli;

import id.cpmpos.boot.ConfigInstaller;
import id.cpmpos.boot.ConnectionTest;
import id.cpmpos.boot.TerminalContext;
import id.cpmpos.config.ConfigException;
import id.cpmpos.config.ConfigLoader;
import id.cpmpos.config.ConfigPaths;
import id.cpmpos.config.TerminalConfig;
import id.cpmpos.i18n.Messages;
import id.cpmpos.snap.CallOutcome;
import id.cpmpos.snap.ResponseCatalogue;
import id.cpmpos.terminal.InputProblem;
import id.cpmpos.terminal.SupervisorPin;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code setup --from FILE [--pin-stdin] [--json]}: validates a configuration prepared by IT, tests
 * it against the provider (a real token request and a signed query), and only then installs it
 * owner-only at {@code --config} (default: the per-user configuration file), with the PIN pepper
 * beside it and, with {@code --pin-stdin}, the supervisor PIN. Exit 0 installed, 1 the provider
 * refused or could not be reached (nothing installed), 2 invalid configuration or PIN.
 */
@Command(name = "setup", mixinStandardHelpOptions = true)
final class SetupCommand extends CliCommand {
  @Option(names = "--from", required = true, paramLabel = "FILE") Path from;

  @Option(names = "--pin-stdin") boolean pinStdin;

  @Mixin JsonOutput output;

  @Override
  public Integer call() throws IOException {
    char[] pin = pinStdin ? SupervisorPinInput.line(root().stdin) : null;
    try {
      return setUp(pin);
    } finally {
      SupervisorPin.wipe(pin);
    }
  }

  private int setUp(char[] pin) throws IOException {
    Path target = root().config != null ? root().config : ConfigPaths.defaultConfigFile();
    Map<String, Object> result = new LinkedHashMap<>();
    Messages m = console();
    TerminalConfig config;
    try {
      config = ConfigLoader.load(from);
      m = Messages.forLanguage(config.language());
      if (pinStdin) {
        // Before the provider is called or anything installed: a PIN typed wrong changes nothing.
        SupervisorPin.requireWellFormed(pin);
      }
      ConnectionTest.Result test = ConnectionTest.run(config, root().env, Clock.systemUTC());
      result.put("step", test.step());
      describe(test.outcome(), m, result);
      if (!test.ok()) {
        result.put("ok", false);
        return finish(result, m, ExitStatus.FAILED);
      }
    } catch (ConfigException e) {
      result.put("ok", false);
      result.put("step", "config");
      result.put("detail", e.getMessage());
      return finish(result, m, ExitStatus.BAD_INPUT);
    } catch (InputProblem p) {
      return pinRefused(result, m, p);
    }
    ConfigInstaller.install(from, target);
    result.put("installed", target.toAbsolutePath().toString());
    result.put("pinSet", false);
    if (pin != null) {
      try (TerminalContext terminal = TerminalContext.open(target, Clock.systemUTC())) {
        if (!terminal.supervisorPin().isSet()) {
          terminal.supervisorPin().set(null, pin);
          result.put("pinSet", true);
        }
      } catch (ConfigException e) {
        result.put("detail", e.getMessage());
      } catch (InputProblem p) {
        return pinRefused(result, m, p);
      }
    }
    result.put("ok", true);
    return finish(result, m, ExitStatus.OK);
  }

  private int pinRefused(Map<String, Object> result, Messages m, InputProblem p) {
    result.put("ok", false);
    result.put("step", "pin");
    result.put("detail", m.get(p.messageKey(), p.args()));
    return finish(result, m, ExitStatus.BAD_INPUT);
  }

  private static void describe(CallOutcome<?> outcome, Messages m, Map<String, Object> result) {
    if (outcome instanceof CallOutcome.Answered<?> a) {
      result.put("responseCode", a.code().toString());
      result.put("responseMessage", a.message());
      result.put("meaning", ResponseCatalogue.standard().cashierMessage(a.code(), m.locale()));
    } else if (outcome instanceof CallOutcome.NotSent<?> n) {
      result.put("detail", n.reason());
    } else if (outcome instanceof CallOutcome.Unknown<?> u) {
      result.put("detail", u.reason());
    }
  }

  /** The result, as JSON or as text: what was installed on stdout, why nothing was on stderr. */
  private int finish(Map<String, Object> result, Messages m, int status) {
    output.print(() -> result, out -> {
      if (Boolean.TRUE.equals(result.get("ok"))) {
        out.println(m.get("setup.installed", result.get("installed")));
        if (Boolean.TRUE.equals(result.get("pinSet"))) {
          out.println(m.get("setup.pinSet"));
        }
        return;
      }
      PrintWriter err = err();
      err.println(m.get("setup.failed." + result.get("step")));
      if (result.get("responseCode") != null) {
        err.println(m.get("setup.answer", result.get("responseCode"), result.get("responseMessage"),
            result.get("meaning")));
      }
      if (result.get("detail") != null) {
        err.println(result.get("detail"));
      }
    });
    return status;
  }
}
