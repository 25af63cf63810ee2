package id.cpmpos.testing;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for a condition that another thread makes true, up to a bound; fails the test past it. */
public final class Await {
  private Await() {}

  public static void until(Duration limit, BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + limit + ": " + what);
      }
      LockSupport.parkNanos(Duration.ofMillis(5).toNanos()); // re-check; progress comes from the other thread
    }
  }
}
