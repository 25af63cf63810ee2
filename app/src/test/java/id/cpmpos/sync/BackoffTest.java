package id.cpmpos.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackoffTest {
  final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), new Random(42));

  @Test
  void eachRetryWaitsBetweenHalfAndAllOfTheDoubledDelay() {
    for (int attempt = 1; attempt <= 8; attempt++) {
      long full = Math.min(2_000L << (attempt - 1), 300_000L);
      for (int i = 0; i < 200; i++) {
        long d = backoff.delay(attempt).toMillis();
        assertTrue(d >= full / 2 && d <= full,
            "attempt " + attempt + ": " + d + " not in [" + full / 2 + ", " + full + "]");
      }
    }
  }

  @Test
  void theCeilingHoldsForEveryAttemptEvenHugeOnes() {
    for (int attempt : new int[]{9, 20, 31, 64, 1_000, Integer.MAX_VALUE}) {
      long d = backoff.delay(attempt).toMillis();
      assertTrue(d >= 150_000 && d <= 300_000, attempt + ": " + d);
    }
  }

  @Test
  void jitterSpreadsTerminalsThatRetryTogether() {
    Set<Long> delays = new HashSet<>();
    for (int terminal = 0; terminal < 20; terminal++) {
      delays.add(new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), new Random(terminal))
          .delay(5).toMillis());
    }
    assertTrue(delays.size() >= 18, "20 terminals, " + delays.size() + " distinct delays");
    assertNotEquals(backoff.delay(3), backoff.delay(3));
  }

  @Test
  void aCeilingBelowTheBaseIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(1), new Random()));
    assertEquals(Duration.ofMinutes(5), backoff.ceiling());
  }
}
