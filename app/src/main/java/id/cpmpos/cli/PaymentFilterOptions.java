package id.cpmpos.cli;

import id.cpmpos.journal.PaymentFilter;
import id.cpmpos.terminal.InputProblem;
import id.cpmpos.terminal.Money;
import id.cpmpos.terminal.PaymentQuery;
import java.math.BigDecimal;
import picocli.CommandLine.Option;

/**
 * The {@code journal} listing's filters: a day range in the terminal's zone (both ends included),
 * state, exact amount, a fragment of either reference, and how many rows at most. Checked when the
 * filter is built, so a bad value is refused before the journal is read.
 */
final class PaymentFilterOptions {
  @Option(names = "--limit", defaultValue = "100") int limit;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD") String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD") String to;

  @Option(names = "--state", paramLabel = "STATE") String state;

  @Option(names = "--amount", paramLabel = "A") String amount;

  @Option(names = "--ref", paramLabel = "TEXT") String ref;

  PaymentFilter filter() throws InputProblem {
    BigDecimal exact = amount == null ? null : Money.parse(amount);
    return PaymentQuery.filter(PaymentQuery.day("--from", from), PaymentQuery.day("--to", to),
        PaymentQuery.states(state), exact, ref, limit);
  }
}
