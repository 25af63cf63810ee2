package id.cpmpos.background;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The loop the sync worker and the chain replicator run on. */
class RepeatingTaskTest {
  private static final Duration AN_HOUR = Duration.ofHours(1);

  @Test
  void aWakeDuringARoundRunsTheNextRoundAtOnceThoughTheRoundAskedToWait() throws Exception {
    CountDownLatch inFirstRound = new CountDownLatch(1);
    CountDownLatch releaseFirstRound = new CountDownLatch(1);
    CountDownLatch secondRound = new CountDownLatch(1);
    AtomicInteger rounds = new AtomicInteger();
    try (RepeatingTask task = new RepeatingTask("test-loop", () -> {
      if (rounds.incrementAndGet() == 1) {
        inFirstRound.countDown();
        await(releaseFirstRound);
      } else {
        secondRound.countDown();
      }
      return AN_HOUR;
    })) {
      assertTrue(task.start());
      assertFalse(task.start(), "started once");
      assertTrue(inFirstRound.await(10, TimeUnit.SECONDS));
      task.wake();
      releaseFirstRound.countDown();
      assertTrue(secondRound.await(10, TimeUnit.SECONDS),
          "the wake was kept, not replaced by the hour's wait");
    }
  }

  @Test
  void aWakeBeforeStartDoesNothingAndCloseStops() throws Exception {
    AtomicInteger rounds = new AtomicInteger();
    RepeatingTask task = new RepeatingTask("test-loop", () -> {
      rounds.incrementAndGet();
      return AN_HOUR;
    });
    task.wake();
    task.close();
    assertEquals(0, rounds.get());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
