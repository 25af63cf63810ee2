package id.cpmpos.cli;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.terminal.InputProblem;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code journal [filters] [--json]}: the journal's payments, newest first, filtered by day range
 * (the terminal's zone, both ends included), state, amount and a fragment of either reference;
 * {@code journal verify}: the audit check.
 */
@Command(name = "journal", mixinStandardHelpOptions = true, description = "List the journal's payments, newest first.", subcommands = JournalVerifyCommand.class)
final class JournalCommand extends TerminalCommand {
  @Option(names = "--json", description = "print a JSON array")
  boolean json;

  @Mixin
  PaymentFilterOptions filters;

  @Override
  int run(TerminalContext terminal) throws InputProblem {
    List<PaymentRecord> rows = terminal.history().payments(filters.filter());
    PrintWriter out = out();
    if (json) {
      Output.json(out, rows.stream().map(PaymentJson::of).toList());
    } else {
      out.printf("%-25s %-10s %16s %-3s %-2s %-8s %s%n", "created", "state", "amount", "cur", "st",
          "code",
          "partnerReferenceNo");
      for (PaymentRecord r : rows) {
        out.printf("%-25s %-10s %16s %-3s %-2s %-8s %s%n", r.createdAt(), r.state(),
            r.amount().toPlainString(),
            r.currency(), r.latestTransactionStatus(),
            r.responseCode() == null ? "-" : r.responseCode(),
            r.partnerReferenceNo());
      }
      out.flush();
    }
    return ExitStatus.OK;
  }

}
