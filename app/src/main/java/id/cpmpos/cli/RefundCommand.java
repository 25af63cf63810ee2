package id.cpmpos.cli;

import id.cpmpos.terminal.InputProblem;
import id.cpmpos.terminal.ReversalOutcome;
import id.cpmpos.terminal.Reversals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code refund --ref PARTNER_REF --amount 5000.00 [--reason TEXT] [--pin-stdin] [--json]}. */
@Command(name = "refund", mixinStandardHelpOptions = true)
final class RefundCommand extends ReversalCommand {
  @Option(names = "--amount", required = true, paramLabel = "AMOUNT") String amount;

  @Override
  ReversalOutcome reverse(Reversals reversals, char[] pin) throws InputProblem {
    return reversals.refund(payment.partnerReferenceNo, amount, reason, pin);
  }
}
