package id.cpmpos.cli;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.terminal.InputProblem;
import id.cpmpos.terminal.SupervisorPin;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code set-pin --stdin}: sets the supervisor PIN, read from standard input. To change an existing
 * PIN, the current one comes first: from {@code CPM_POS_PIN}, or as the first of two input lines.
 */
@Command(name = "set-pin", mixinStandardHelpOptions = true,
    description = "Set the supervisor PIN (4-12 digits) from standard input; changing it needs the current PIN"
        + " (CPM_POS_PIN, or the first of two lines).")
final class SetPinCommand implements Callable<Integer> {
  @ParentCommand CpmPosCommand parent;
  @Spec CommandSpec spec;

  @Option(names = "--stdin", required = true, description = "read the PIN(s) from standard input")
  boolean stdin;

  @Override
  public Integer call() throws Exception {
    try (TerminalContext terminal = CpmPosCommand.open(parent.config)) {
      SupervisorPin pins = terminal.supervisorPin();
      char[] current = null;
      char[] next = null;
      try {
        String env = parent.env.get(SupervisorPinInput.ENV);
        if (pins.isSet() && env != null && !env.isEmpty()) {
          current = env.toCharArray();
          next = SupervisorPinInput.line(parent.stdin);
        } else if (pins.isSet()) {
          current = SupervisorPinInput.line(parent.stdin);
          next = SupervisorPinInput.line(parent.stdin);
          if (next == null) { // one line: the new PIN alone, with the current one missing
            throw new InputProblem("pin.currentRequired");
          }
        } else {
          next = SupervisorPinInput.line(parent.stdin);
        }
        pins.set(current, next);
      } catch (InputProblem p) {
        spec.commandLine().getErr().println(terminal.messages().get(p.messageKey(), p.args()));
        return ExitStatus.BAD_INPUT;
      } finally {
        SupervisorPin.wipe(current);
        SupervisorPin.wipe(next);
      }
      spec.commandLine().getErr().println(terminal.messages().get("pin.set"));
      return ExitStatus.OK;
    }
  }
}
