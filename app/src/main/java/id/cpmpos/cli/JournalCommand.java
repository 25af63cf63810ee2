package id.cpmpos.cli;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.journal.PaymentFilter;
import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.terminal.InputProblem;
import id.cpmpos.terminal.Money;
import id.cpmpos.terminal.PaymentQuery;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import picocli.CommandLine.Command;
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

  @Option(names = "--limit", defaultValue = "100", description = "at most this many rows (default ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "made on or after this day (terminal's zone)")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "made on or before this day (terminal's zone)")
  String to;

  @Option(names = "--state", paramLabel = "STATE", description = "APPROVED, DECLINED, NOT_SENT, NOT_CHARGED, CANCELLED, REFUNDED,"
      + " SENDING, UNKNOWN, or PENDING (SENDING and UNKNOWN)")
  String state;

  @Option(names = "--amount", paramLabel = "A", description = "exactly this amount, e.g. 10000.00")
  String amount;

  @Option(names = "--ref", paramLabel = "TEXT", description = "any part of either reference")
  String ref;

  @Override
  int run(TerminalContext terminal) throws InputProblem {
    List<PaymentRecord> rows = terminal.history().payments(filter());
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

  private PaymentFilter filter() throws InputProblem {
    BigDecimal exact = amount == null ? null : Money.parse(amount);
    return PaymentQuery.filter(PaymentQuery.day("--from", from), PaymentQuery.day("--to", to),
        PaymentQuery.states(state), exact, ref, limit);
  }
}
