package id.cpmpos.cli;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.terminal.InputProblem;
import id.cpmpos.terminal.ReversalOutcome;
import id.cpmpos.terminal.SupervisorPin;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cancel --ref PARTNER_REF [--reason TEXT] [--pin-stdin] [--json]}: a supervisor reverses a sale. */
@Command(name = "cancel", mixinStandardHelpOptions = true,
    description = "Cancel (void) a payment. Needs the supervisor PIN (--pin-stdin or CPM_POS_PIN).")
final class CancelCommand implements Callable<Integer> {
  @ParentCommand CpmPosCommand parent;
  @Spec CommandSpec spec;
  @Mixin SupervisorPinInput pinInput;

  @Option(names = "--ref", required = true, paramLabel = "PARTNER_REF", description = "the payment's partnerReferenceNo")
  String ref;

  @Option(names = "--reason", paramLabel = "TEXT", description = "why (sent to the provider)")
  String reason;

  @Option(names = "--json", description = "print one JSON object")
  boolean json;

  @Override
  public Integer call() throws Exception {
    char[] pin = pinInput.read(parent);
    try (TerminalContext terminal = CpmPosCommand.open(parent.config)) {
      ReversalOutcome outcome;
      try {
        outcome = terminal.reversals().cancel(ref, reason, pin);
      } catch (InputProblem p) {
        spec.commandLine().getErr().println(terminal.messages().get(p.messageKey(), p.args()));
        return ExitStatus.BAD_INPUT;
      } finally {
        SupervisorPin.wipe(pin);
      }
      ReversalPrinter.print(spec.commandLine(), terminal.messages(), "cancel", outcome, json);
      return ReversalJson.exitStatus(outcome);
    }
  }
}
