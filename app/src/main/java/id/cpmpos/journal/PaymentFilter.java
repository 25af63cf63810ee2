package id.cpmpos.journal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What to look for among the journal's payments; every part optional. Days are in the terminal's
 * zone, both ends included; {@code referenceFragment} matches any part of either reference.
 */
public record PaymentFilter(LocalDate from, LocalDate to, Set<PaymentState> states,
    BigDecimal amount,
    String referenceFragment, int limit) {

  public static final int DEFAULT_LIMIT = 100;

  public PaymentFilter {
    states = states == null || states.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(states));
    referenceFragment = referenceFragment == null || referenceFragment.isBlank()
        ? null
        : referenceFragment.trim();
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
  }

  public static PaymentFilter recent(int limit) {
    return new PaymentFilter(null, null, Set.of(), null, null, limit);
  }
}
