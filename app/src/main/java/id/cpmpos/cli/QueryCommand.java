package id.cpmpos.cli;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.journal.PaymentRules;
import id.cpmpos.terminal.InputProblem;
import java.math.BigDecimal;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code query --ref PARTNER_REF [--json]}: asks the provider where a payment stands, merges the
 * answer into the journal, and prints the payment. Exit 0 paid, 1 not paid (declined, not sent,
 * cancelled, refunded), 3 still pending.
 */
@Command(name = "query", mixinStandardHelpOptions = true, description = "Ask the provider where a payment stands.")
final class QueryCommand implements Callable<Integer> {
  @ParentCommand CpmPosCommand parent;
  @Spec CommandSpec spec;

  @Option(names = "--ref", required = true, paramLabel = "PARTNER_REF", description = "the payment's partnerReferenceNo")
  String ref;

  @Option(names = "--json", description = "print one JSON object")
  boolean json;

  @Override
  public Integer call() throws Exception {
    try (TerminalContext terminal = CpmPosCommand.open(parent.config)) {
      PaymentRecord r;
      try {
        r = terminal.reversals().query(ref);
      } catch (InputProblem p) {
        spec.commandLine().getErr().println(terminal.messages().get(p.messageKey(), p.args()));
        return ExitStatus.BAD_INPUT;
      }
      BigDecimal refunded = PaymentRules.refunded(terminal.journal().reversals().refunds(ref));
      if (json) {
        var m = PaymentJson.of(r);
        m.put("refundedAmount", refunded.setScale(2).toPlainString());
        Output.json(spec.commandLine().getOut(), m);
      } else {
        spec.commandLine().getOut().printf("%s %s %s %s%n  referenceNo %s%n  refunded %s%n  %s %s%n",
            r.partnerReferenceNo(), r.state(), r.latestTransactionStatus(), r.amount().toPlainString(),
            r.referenceNo() == null ? "-" : r.referenceNo(), refunded.toPlainString(),
            r.responseCode() == null ? "-" : r.responseCode(), r.responseMessage() == null ? "" : r.responseMessage());
        spec.commandLine().getOut().flush();
      }
      return switch (r.state()) {
        case APPROVED -> ExitStatus.OK;
        case SENDING, UNKNOWN -> ExitStatus.PENDING;
        default -> ExitStatus.FAILED;
      };
    }
  }
}
