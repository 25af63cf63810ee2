package id.cpmpos.background;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread that runs a round of work again and again: after the pause the last round
 * asked for, or at once when woken. A wake during a round runs the next round right after it (what
 * woke it may have come too late for the round in progress). The sync worker and the chain
 * replicator run on it.
 */
public final class RepeatingTask implements AutoCloseable {
  /** One round of work; returns how long to wait before the next unless woken meanwhile. */
  @FunctionalInterface
  public interface Round {
    Duration run();
  }

  private final String threadName;
  private final Round round;
  private ScheduledExecutorService executor;
  private ScheduledFuture<?> next;
  private boolean woken;

  public RepeatingTask(String threadName, Round round) {
    this.threadName = threadName;
    this.round = round;
  }

  /** Starts the thread with a round at once; false if it runs already. */
  public synchronized boolean start() {
    if (executor != null) {
      return false;
    }
    executor = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, threadName);
      t.setDaemon(true);
      return t;
    });
    schedule(Duration.ZERO);
    return true;
  }

  /** Runs a round now, or right after the one in progress. Never blocks; nothing before start. */
  public synchronized void wake() {
    if (executor != null) {
      woken = true;
      schedule(Duration.ZERO);
    }
  }

  private synchronized void schedule(Duration delay) {
    if (executor == null || executor.isShutdown()) {
      return;
    }
    if (next != null) {
      next.cancel(false);
    }
    next = executor.schedule(this::loop, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void loop() {
    synchronized (this) {
      woken = false;
    }
    Duration wait = round.run();
    synchronized (this) {
      // A wake during the round already scheduled the next one at once: keep it.
      if (!woken) {
        schedule(wait);
      }
    }
  }

  /** Stops the thread, waiting up to 5 s for a round in progress; start() may run it again. */
  @Override
  public void close() {
    ScheduledExecutorService executor;
    synchronized (this) {
      executor = this.executor;
      this.executor = null;
    }
    if (executor != null) {
      executor.shutdownNow();
      try {
        executor.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
