package id.cpmpos.cli;

import id.cpmpos.i18n.Messages;
import id.cpmpos.terminal.ReversalOutcome;
import picocli.CommandLine;

/** Prints a cancel's or refund's outcome: JSON alone with {@code --json}, a short report otherwise. */
final class ReversalPrinter {
  private ReversalPrinter() {}

  static void print(CommandLine cli, Messages messages, String kind, ReversalOutcome o, boolean json) {
    if (json) {
      Output.json(cli.getOut(), ReversalJson.of(kind, o));
      return;
    }
    String label = messages.get(switch (o.state()) {
      case SUCCEEDED -> "cli.reversal.succeeded";
      case REJECTED -> "cli.reversal.rejected";
      default -> "cli.reversal.pending";
    });
    cli.getOut().printf("%s %s %s%n  partnerReferenceNo %s%n  payment %s %s %s%n  %s %s%n", label, kind, o.key(),
        o.payment().partnerReferenceNo(), o.payment().state(), o.payment().amount().toPlainString(),
        o.payment().currency(), o.responseCode() == null ? "-" : o.responseCode(),
        o.responseMessage() == null ? "" : o.responseMessage());
    cli.getOut().flush();
  }
}
