package id.cpmpos.cli;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.terminal.InputProblem;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code journal [filters] [--json]}: the journal's payments, newest first, filtered by day range
 * (the terminal's zone, both ends included), state, amount and a fragment of either reference;
 * {@code journal verify}: the audit check.
 */
@Command(name = "journal", mixinStandardHelpOptions = true,
    subcommands = JournalVerifyCommand.class)
final class JournalCommand extends TerminalCommand {
  /** A row of the text listing: created, state, amount, currency, status, response code, reference. */
  private static final String ROW = "%-25s %-10s %16s %-3s %-2s %-8s %s%n";

  @Mixin JsonOutput output;

  @Mixin PaymentFilterOptions filters;

  @Override
  int run(TerminalContext terminal) throws InputProblem {
    List<PaymentRecord> rows = terminal.history().payments(filters.filter());
    output.print(() -> rows.stream().map(PaymentJson::of).toList(), out -> {
      out.printf(ROW, "created", "state", "amount", "cur", "st", "code", "partnerReferenceNo");
      for (PaymentRecord r : rows) {
        out.printf(ROW, r.createdAt(), r.state(), r.amount().toPlainString(), r.currency(),
            r.latestTransactionStatus(), r.responseCode() == null ? "-" : r.responseCode(),
            r.partnerReferenceNo());
      }
    });
    return ExitStatus.OK;
  }
}
