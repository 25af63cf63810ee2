package id.cpmpos.sync;

import id.cpmpos.background.RepeatingTask;
import id.cpmpos.journal.Journal;
import id.cpmpos.journal.PendingAction;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox worker: everything the journal holds that is not final yet (payments to query, cancels
 * and refunds to send) is tried when due, retried with backoff, and finished by a final answer.
 * While the provider is unreachable it only probes, and drains everything at once when it is back.
 * One thread; start-up picks up whatever an earlier process left behind.
 */
public final class SyncWorker implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SyncWorker.class);
  /** How often an unreachable provider is probed by default. */
  public static final Duration PROBE_INTERVAL = Duration.ofSeconds(5);
  /** The longest the worker sleeps while the provider is reachable: then it probes, or sends what is due. */
  private static final Duration IDLE_CHECK = Duration.ofSeconds(30);

  private final Journal journal;
  private final Reconciler reconciler;
  private final Backoff backoff;
  private final QuerySchedule queries;
  private final Connectivity connectivity;
  private final ReachabilityProbe probe;
  private final Clock clock;
  private final Duration probeInterval;
  /** Passes run one at a time; scheduling has its own lock so a wake-up never waits for a pass. */
  private final Object passLock = new Object();
  private final List<Consumer<Pass>> passListeners = new CopyOnWriteArrayList<>();
  private final RepeatingTask loop = new RepeatingTask("cpm-pos-sync", this::round);
  /**
   * Actions of different payments a pass has in flight at once, once the provider has answered in
   * it: their round trips overlap, and each one's journal commits with the others' waits. Two
   * actions of one payment never (a cancel follows its payment's query, oldest first).
   */
  static final int IN_FLIGHT = 4;

  private final ExecutorService senders = Executors.newFixedThreadPool(IN_FLIGHT, r -> {
    Thread t = new Thread(r, "cpm-pos-sync-send");
    t.setDaemon(true);
    return t;
  });
  /**
   * Set by {@link #wake()}, cleared when a pass begins. A wake that comes while a pass runs must
   * not be undone by that pass scheduling its successor from a journal it read before the wake.
   */
  /** Actions the last pass found being sent by this process: their owner wakes us when done. */
  private volatile Set<String> busy = Set.of();
  /**
   * How soon to look again while something is busy (in case its owner has no reason to wake us) or
   * answers are held for a journal that refused them.
   */
  private static final Duration BUSY_RECHECK = Duration.ofSeconds(1);

  /** What one pass did. */
  public record Pass(int attempted, int finished, PendingSummary remaining) {}

  /**
   * @param backoff how cancels and refunds are retried
   * @param queries how payments whose outcome is unknown are queried again
   */
  public SyncWorker(Journal journal, Reconciler reconciler, Backoff backoff, QuerySchedule queries,
      Connectivity connectivity, ReachabilityProbe probe, Clock clock, Duration probeInterval) {
    this.queries = queries;
    this.probeInterval = probeInterval;
    this.journal = journal;
    this.reconciler = reconciler;
    this.backoff = backoff;
    this.connectivity = connectivity;
    this.probe = probe;
    this.clock = clock;
    connectivity.onChange(state -> {
      if (state == Connectivity.State.REACHABLE) {
        try {
          journal.syncSchedule().makeAllDue();
        } catch (RuntimeException e) {
          log.warn("sync: cannot make everything due ({}); the next pass tries what is due",
              e.toString());
        }
        wake();
      }
    });
  }

  /**
   * Tries every pending action that is due (with {@code everything}, every pending action: "sync
   * now"). While the provider is unreachable, a probe decides whether to try at all.
   */
  public Pass runOnce(boolean everything) {
    Pass pass;
    synchronized (passLock) {
      pass = pass(everything);
    }
    for (Consumer<Pass> listener : passListeners) {
      try {
        listener.accept(pass);
      } catch (RuntimeException e) {
        log.warn("sync: a pass listener failed: {}", e.toString());
      }
    }
    return pass;
  }

  /** Hears every finished pass (its own or a "sync now"), on the thread that ran it. */
  public void onPass(Consumer<Pass> listener) {
    passListeners.add(listener);
  }

  private Pass pass(boolean everything) {
    if (reconciler.heldWrites().flush().isPresent()) {
      // Answers the journal refused come first; while it still refuses them, sending more would
      // only pile up answers it cannot take. Tried again within BUSY_RECHECK.
      return new Pass(0, 0, summary());
    }
    if (connectivity.isUnreachable() && !everything) {
      if (!probe.reachable()) {
        return new Pass(0, 0, summary());
      }
      connectivity.set(Connectivity.State.REACHABLE);
    }
    long now = clock.millis();
    Map<String, List<PendingAction>> byPayment = new LinkedHashMap<>();
    for (PendingAction action : journal.syncSchedule().pending()) {
      if (everything || action.nextAttemptMillis() <= now) {
        byPayment.computeIfAbsent(action.partnerReferenceNo(), k -> new ArrayList<>()).add(action);
      }
    }
    Tally tally = new Tally(everything);
    long answersBefore = connectivity.answers();
    List<Future<?>> sent = new ArrayList<>();
    for (List<PendingAction> actions : byPayment.values()) {
      if (sent.isEmpty() && connectivity.answers() == answersBefore) {
        // Until the provider has answered in this pass, one at a time: a provider that is down
        // costs one refusal (or one connect timeout), not IN_FLIGHT of them.
        tryInTurn(actions, tally);
      } else {
        sent.add(senders.submit(() -> tryInTurn(actions, tally)));
      }
    }
    awaitAll(sent);
    Set<String> busyNow = tally.busy;
    int attempted = tally.attempted.get();
    int finished = tally.finished.get();
    busy = busyNow;
    if (attempted == 0 && busyNow.isEmpty() && !connectivity.isUnreachable()) {
      // Nothing was sent, so nothing told us whether the provider is still there: look, cheaply,
      // so the counter's status is never older than one idle interval.
      connectivity
          .set(probe.reachable() ? Connectivity.State.REACHABLE : Connectivity.State.UNREACHABLE);
    }
    return new Pass(attempted, finished, summary());
  }

  /** What a pass did so far; its actions of different payments may be tried on several threads. */
  private static final class Tally {
    final boolean everything;
    final AtomicInteger attempted = new AtomicInteger();
    final AtomicInteger finished = new AtomicInteger();
    final Set<String> busy = ConcurrentHashMap.newKeySet();

    Tally(boolean everything) {
      this.everything = everything;
    }
  }

  /** One payment's due actions, oldest first, one after another. */
  private void tryInTurn(List<PendingAction> actions, Tally tally) {
    for (PendingAction action : actions) {
      if (connectivity.isUnreachable() && (tally.attempted.get() > 0 || !tally.everything)) {
        // Unreachable, and (for "sync now") proven so by this pass's own try: the rest would only
        // wait out a connect timeout each. The probe tells when to go on.
        return;
      }
      Attempt attempt;
      try {
        attempt = reconciler.attempt(action);
      } catch (RuntimeException e) {
        log.warn("sync: {} {} failed: {}", action.kind(), action.key(), e.toString());
        attempt = Attempt.retry(e.getClass().getSimpleName());
      }
      if (attempt.busy()) {
        // Not tried: its schedule stays as it is (still due), and its owner wakes us when done.
        tally.busy.add(action.kind() + ":" + action.key());
        continue;
      }
      tally.attempted.incrementAndGet();
      if (attempt.finished()) {
        tally.finished.incrementAndGet();
        journal.syncSchedule().unschedule(action.kind(), action.key());
        log.info("sync: {} {} finished: {}", action.kind(), action.key(), attempt.detail());
      } else {
        int attempts = action.attempts() + 1;
        long at = action.kind() == PendingAction.Kind.QUERY
            ? queries.next(action.createdAt().toInstant(), clock.instant()).toEpochMilli()
            : clock.millis() + backoff.delay(attempts).toMillis();
        journal.syncSchedule().schedule(action.kind(), action.key(), attempts, at,
            attempt.detail());
        log.info("sync: {} {} attempt {} pending: {}", action.kind(), action.key(), attempts,
            attempt.detail());
      }
    }
  }

  /** Waits for every payment sent beside the pass's thread; the first failure is thrown after. */
  private static void awaitAll(List<Future<?>> sent) {
    RuntimeException first = null;
    for (Future<?> f : sent) {
      try {
        f.get();
      } catch (ExecutionException e) {
        RuntimeException failure = e.getCause() instanceof RuntimeException r
            ? r
            : new IllegalStateException(e.getCause());
        if (first == null) {
          first = failure;
        } else {
          first.addSuppressed(failure);
        }
      } catch (InterruptedException e) {
        // Closing: what is in flight finishes (or is interrupted by close) on its own thread.
        Thread.currentThread().interrupt();
        return;
      }
    }
    if (first != null) {
      throw first;
    }
  }

  public PendingSummary summary() {
    return PendingSummary.of(journal.syncSchedule().pending(), clock.instant());
  }

  /** Runs passes on a background thread until closed, each as soon as something is due. */
  public void start() {
    loop.start();
  }

  /** Something new is pending, or the provider is back: run a pass now. */
  public void wake() {
    loop.wake();
  }

  private Duration round() {
    try {
      runOnce(false);
      return untilNextDue();
    } catch (RuntimeException e) {
      log.warn("sync pass failed: {}", e.toString());
      return probeInterval;
    }
  }

  private Duration untilNextDue() {
    if (!reconciler.heldWrites().isEmpty()) {
      return BUSY_RECHECK;
    }
    if (connectivity.isUnreachable()) {
      return probeInterval;
    }
    Set<String> busyKeys = busy;
    long now = clock.millis();
    long soonest = journal.syncSchedule().pending().stream()
        .filter(a -> !busyKeys.contains(a.kind() + ":" + a.key()))
        .mapToLong(PendingAction::nextAttemptMillis).min().orElse(Long.MAX_VALUE);
    long wait = Math.min(Math.max(soonest - now, 100), IDLE_CHECK.toMillis());
    return Duration.ofMillis(busyKeys.isEmpty() ? wait : Math.min(wait, BUSY_RECHECK.toMillis()));
  }

  @Override
  public void close() {
    loop.close();
    senders.shutdownNow();
    try {
      senders.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
