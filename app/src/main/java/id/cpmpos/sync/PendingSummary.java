package id.cpmpos.sync;

import id.cpmpos.journal.PendingAction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What waits for the provider, in numbers a supervisor can act on: how many, how much per currency,
 * and how old the oldest is. Counted per sale and per refund, not per action: a payment being
 * queried that also has a cancel queued (an abandoned sale) is one sum of money at stake, not two.
 */
public record PendingSummary(int count, Map<String, BigDecimal> totals, Duration oldestAge) {

  public static PendingSummary of(List<PendingAction> pending, Instant now) {
    Map<String, BigDecimal> totals = new TreeMap<>();
    Set<String> counted = new HashSet<>();
    Duration oldest = Duration.ZERO;
    for (PendingAction a : pending) {
      String stake = a.kind() == PendingAction.Kind.REFUND
          ? "refund " + a.key()
          : "sale " + a.partnerReferenceNo();
      if (counted.add(stake)) {
        totals.merge(a.currency(), a.amount(), BigDecimal::add);
      }
      Duration age = Duration.between(a.createdAt().toInstant(), now);
      if (age.compareTo(oldest) > 0) {
        oldest = age;
      }
    }
    return new PendingSummary(counted.size(), Map.copyOf(totals), oldest);
  }

  public boolean isEmpty() {
    return count == 0;
  }
}
