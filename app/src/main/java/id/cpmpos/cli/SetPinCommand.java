package id.cpmpos.cli;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.terminal.InputProblem;
import id.cpmpos.terminal.SupervisorPin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code set-pin --stdin}: sets the supervisor PIN, read from standard input. To change an existing
 * PIN, the current one comes first: from {@code CPM_POS_PIN}, or as the first of two input lines.
 */
@Command(name = "set-pin", mixinStandardHelpOptions = true)
final class SetPinCommand extends TerminalCommand {
  @Option(names = "--stdin", required = true) boolean stdin;

  @Override
  int run(TerminalContext terminal) throws Exception {
    CpmPosCommand root = root();
    SupervisorPin pins = terminal.supervisorPin();
    char[] current = null;
    char[] next = null;
    try {
      String env = root.env.get(SupervisorPinInput.ENV);
      if (pins.isSet() && env != null && !env.isEmpty()) {
        current = env.toCharArray();
        next = SupervisorPinInput.line(root.stdin);
      } else if (pins.isSet()) {
        current = SupervisorPinInput.line(root.stdin);
        next = SupervisorPinInput.line(root.stdin);
        if (next == null) { // one line: the new PIN alone, with the current one missing
          throw new InputProblem("pin.currentRequired");
        }
      } else {
        next = SupervisorPinInput.line(root.stdin);
      }
      pins.set(current, next);
    } finally {
      SupervisorPin.wipe(current);
      SupervisorPin.wipe(next);
    }
    err().println(terminal.messages().get("pin.set"));
    return ExitStatus.OK;
  }
}
