package id.cpmpos.cli;

import id.cpmpos.terminal.InputProblem;
import id.cpmpos.terminal.ReversalOutcome;
import id.cpmpos.terminal.Reversals;
import picocli.CommandLine.Command;

/** {@code cancel --ref PARTNER_REF [--reason TEXT] [--pin-stdin] [--json]}: a supervisor reverses a sale. */
@Command(name = "cancel", mixinStandardHelpOptions = true)
final class CancelCommand extends ReversalCommand {
  @Override
  ReversalOutcome reverse(Reversals reversals, char[] pin) throws InputProblem {
    return reversals.cancel(payment.partnerReferenceNo, reason, pin);
  }
}
