package id.cpmpos.cli;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.terminal.InputProblem;
import id.cpmpos.terminal.PaymentHistory;
import java.math.BigDecimal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code query --ref PARTNER_REF [--json]}: asks the provider where a payment stands, merges the
 * answer into the journal, and prints the payment. Exit 0 paid, 1 not paid (declined, not sent,
 * cancelled, refunded), 3 still pending.
 */
@Command(name = "query", mixinStandardHelpOptions = true)
final class QueryCommand extends TerminalCommand {
  @Mixin PaymentReference payment;

  @Mixin JsonOutput output;

  @Override
  int run(TerminalContext terminal) throws InputProblem {
    PaymentRecord r = terminal.reversals().query(payment.partnerReferenceNo);
    BigDecimal refunded = terminal.history().entry(payment.partnerReferenceNo)
        .map(PaymentHistory.Entry::refunded)
        .orElse(BigDecimal.ZERO);
    output.print(() -> {
      var m = PaymentJson.of(r);
      m.put("refundedAmount", refunded.setScale(2).toPlainString());
      return m;
    }, out -> out.printf("%s %s %s %s%n  referenceNo %s%n  refunded %s%n  %s %s%n",
        r.partnerReferenceNo(), r.state(), r.latestTransactionStatus(),
        r.amount().toPlainString(),
        r.referenceNo() == null ? "-" : r.referenceNo(), refunded.toPlainString(),
        r.responseCode() == null ? "-" : r.responseCode(),
        r.responseMessage() == null ? "" : r.responseMessage()));
    return switch (r.state()) {
      case APPROVED -> ExitStatus.OK;
      case SENDING, UNKNOWN -> ExitStatus.PENDING;
      default -> ExitStatus.FAILED;
    };
  }
}
