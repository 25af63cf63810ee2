package id.cpmpos.cli;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.i18n.Messages;
import id.cpmpos.journal.ActionState;
import id.cpmpos.journal.JournalException;
import id.cpmpos.terminal.InputProblem;
import id.cpmpos.terminal.ReversalOutcome;
import id.cpmpos.terminal.Reversals;
import id.cpmpos.terminal.SupervisorPin;
import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What {@code cancel} and {@code refund} share: the payment, the reason, the supervisor's PIN (wiped
 * afterwards, whatever happens), the run, and how the outcome is printed. The command's name is the
 * reversal's kind in the output.
 */
abstract class ReversalCommand extends TerminalCommand {
  @Mixin SupervisorPinInput pinInput;

  @Mixin PaymentReference payment;

  @Option(names = "--reason", paramLabel = "TEXT",
      descriptionKey = "reversal.reason") String reason;

  @Mixin JsonOutput output;

  /** The supervisor's action on payment {@link #payment}. */
  abstract ReversalOutcome reverse(Reversals reversals, char[] pin) throws InputProblem;

  @Override
  int run(TerminalContext terminal) throws Exception {
    Messages messages = terminal.messages();
    char[] pin = pinInput.read(root());
    ReversalOutcome outcome;
    try {
      outcome = reverse(terminal.reversals(), pin);
    } catch (JournalException e) {
      return nothingSent(messages, e);
    } finally {
      SupervisorPin.wipe(pin);
    }
    if (outcome.unrecorded() != null) {
      err().println(messages.get(
          outcome.state() == ActionState.QUEUED ? "cli.journalQueued" : "cli.unrecorded",
          messages.get("journal.problem." + outcome.unrecorded().name())));
    }
    String kind = spec.name();
    output.print(() -> ReversalJson.of(kind, outcome), out -> text(out, messages, kind, outcome));
    return ReversalJson.exitStatus(outcome);
  }

  private static void text(PrintWriter out, Messages messages, String kind, ReversalOutcome o) {
    String label = messages.get(switch (o.state()) {
      case SUCCEEDED -> "cli.reversal.succeeded";
      case REJECTED -> "cli.reversal.rejected";
      default -> "cli.reversal.pending";
    });
    out.printf("%s %s %s%n  partnerReferenceNo %s%n  payment %s %s %s%n  %s %s%n", label, kind,
        o.key(),
        o.payment().partnerReferenceNo(), o.payment().state(), o.payment().amount().toPlainString(),
        o.payment().currency(), o.responseCode() == null ? "-" : o.responseCode(),
        o.responseMessage() == null ? "" : o.responseMessage());
  }
}
