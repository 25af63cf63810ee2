package id.cpmpos.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * When to ask the provider again about a payment whose outcome is unknown. While the customer is
 * still at the counter (the first minute) every 2 to 3 s; then backing off in proportion to the
 * payment's age (a quarter of it, at least 5 s, at most the ceiling). And never past the moment the
 * outcome becomes certain (the request has expired and a provider that still does not know it never
 * will): a query is due exactly then, so the checkout's countdown ends with the answer, not minutes
 * after it.
 *
 * @param certainAfter how long after its intent the outcome of a payment is certain (see
 *     {@code sync.notFoundFinalSeconds})
 * @param ceiling the longest wait between two queries of one payment
 * @param random the jitter's source
 */
public record QuerySchedule(Duration certainAfter, Duration ceiling, RandomGenerator random) {
  /** How long the customer typically stands at the counter waiting for the answer. */
  static final Duration AT_THE_COUNTER = Duration.ofMinutes(1);
  private static final long FAST_MIN_MS = 2_000;
  private static final long FAST_SPREAD_MS = 1_000;
  private static final long SLOW_MIN_MS = 5_000;

  /** The moment a payment made at {@code createdAt} has a certain outcome. */
  public Instant certainAt(Instant createdAt) {
    return createdAt.plus(certainAfter);
  }

  /** The time of the next query of a payment made at {@code createdAt}, asked at {@code now}. */
  public Instant next(Instant createdAt, Instant now) {
    long ageMs = Math.max(0, Duration.between(createdAt, now).toMillis());
    long delay;
    if (ageMs < AT_THE_COUNTER.toMillis()) {
      delay = FAST_MIN_MS + (long) (random.nextDouble() * FAST_SPREAD_MS);
    } else {
      long full = Math.min(Math.max(ageMs / 4, SLOW_MIN_MS), ceiling.toMillis());
      delay = full / 2 + (long) (random.nextDouble() * (full - full / 2)); // jitter, as Backoff
    }
    Instant next = now.plusMillis(delay);
    Instant certain = certainAt(createdAt);
    return now.isBefore(certain) && next.isAfter(certain) ? certain : next;
  }
}
