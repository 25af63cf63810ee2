package id.cpmpos.cli;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.i18n.Messages;
import id.cpmpos.journal.JournalException;
import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.terminal.InputProblem;
import id.cpmpos.terminal.PaymentOutcome;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pay --amount 10000.00 --qr CONTENT [--json]}: one payment, exit status by its outcome. */
@Command(name = "pay", mixinStandardHelpOptions = true)
final class PayCommand extends TerminalCommand {
  @Option(names = "--amount", required = true, paramLabel = "AMOUNT") String amount;

  @Option(names = "--qr", required = true, paramLabel = "CONTENT") String qr;

  @Mixin JsonOutput output;

  @Override
  int run(TerminalContext terminal) throws InputProblem {
    Messages messages = terminal.messages();
    PaymentOutcome outcome;
    try {
      outcome = terminal.payments().pay(amount, qr, null);
    } catch (JournalException e) {
      return nothingSent(messages, e);
    }
    PaymentRecord r = outcome.record();
    JournalException.Problem unrecorded = outcome instanceof PaymentOutcome.Pending p
        ? p.unrecorded()
        : null;
    if (unrecorded != null) {
      err().println(
          messages.get("cli.unrecorded", messages.get("journal.problem." + unrecorded.name())));
    }
    String label = messages.get(switch (r.state()) {
      case APPROVED -> "cli.approved";
      case DECLINED -> "cli.declined";
      case NOT_SENT -> "cli.notSent";
      case NOT_CHARGED -> "cli.notCharged";
      default -> "cli.pending";
    });
    output.print(() -> {
      Map<String, Object> m = PaymentJson.of(r);
      if (unrecorded != null) {
        m.put("journalProblem", unrecorded.name());
      }
      return m;
    }, out -> out.printf("%s %s %s %s%n  partnerReferenceNo %s%n  referenceNo %s%n  %s %s%n",
        label, r.amount().toPlainString(), r.currency(), r.latestTransactionStatus(),
        r.partnerReferenceNo(),
        r.referenceNo() == null ? "-" : r.referenceNo(),
        r.responseCode() == null ? "-" : r.responseCode(),
        r.responseMessage() == null ? "" : r.responseMessage()));
    return exitStatus(outcome);
  }

  static int exitStatus(PaymentOutcome outcome) {
    if (outcome instanceof PaymentOutcome.Approved) {
      return ExitStatus.OK;
    }
    return outcome instanceof PaymentOutcome.Pending ? ExitStatus.PENDING : ExitStatus.FAILED;
  }
}
