package id.cpmpos.sync;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with "equal jitter": the n-th retry waits between half and all of
 * {@code base * 2^(n-1)}, capped at {@code ceiling}. The jitter keeps a shop's terminals, all
 * coming back online together, from retrying in lockstep.
 */
public final class Backoff {
  private final Duration base;
  private final Duration ceiling;
  private final RandomGenerator random;

  public Backoff(Duration base, Duration ceiling, RandomGenerator random) {
    if (base.isNegative() || base.isZero() || ceiling.compareTo(base) < 0) {
      throw new IllegalArgumentException("need 0 < base <= ceiling");
    }
    this.base = base;
    this.ceiling = ceiling;
    this.random = random;
  }

  public static Backoff standard() {
    return new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), RandomGenerator.getDefault());
  }

  /** The wait before retry number {@code attempt} (1 = the first retry). */
  public Duration delay(int attempt) {
    long cap = ceiling.toMillis();
    long exponential = base.toMillis() << Math.min(Math.max(attempt - 1, 0), 30);
    long full = exponential <= 0 || exponential > cap ? cap : exponential;
    long half = full / 2;
    return Duration.ofMillis(half + (long) (random.nextDouble() * (full - half)));
  }

  public Duration ceiling() {
    return ceiling;
  }
}
