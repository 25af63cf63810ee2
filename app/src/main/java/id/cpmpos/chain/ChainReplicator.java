package id.cpmpos.chain;

import id.cpmpos.background.RepeatingTask;
import id.cpmpos.journal.AuditEntry;
import id.cpmpos.journal.AuditFeed;
import id.cpmpos.notify.NotifyApplier;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replicates this terminal's journal to the chain ledger and applies the notifies hq relayed for
 * it. Runs on its own thread, never on a payment's or the sync worker's: those only {@link #wake}
 * it, which never waits. A ledger that is down or slow costs this thread bounded timeouts and a
 * backoff (1 s doubling to 60 s), nothing else; pushes resume from the journal's high-water mark.
 */
public final class ChainReplicator implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ChainReplicator.class);
  /** The journal's mark for this ledger: the last audit entry the ledger committed. */
  static final String MARK = "ledger";
  private static final Duration MIN_RETRY = Duration.ofSeconds(1);
  private static final Duration MAX_RETRY = Duration.ofSeconds(60);

  private final Ledger ledger;
  private final AuditFeed feed;
  private final NotifyPull notifies;
  private final String terminalId;
  /** One cycle at a time (the thread's, or a caller's {@link #runOnce}); scheduling has its own lock. */
  private final Object cycleLock = new Object();
  private volatile Runnable afterBatch = () -> {};
  private final RepeatingTask loop = new RepeatingTask("cpm-pos-chain", this::round);
  private NotifyListener listener;
  private int failures;
  private volatile Cycle last;

  /**
   * What one cycle did: entries pushed (new to the ledger), conflicting entries, notifies applied,
   * entries still to push, and the error that stopped it (null when it caught up).
   */
  public record Cycle(int pushed, int conflicts, int notifiesApplied, long behind, String error) {
    public boolean ok() {
      return error == null;
    }
  }

  public ChainReplicator(Ledger ledger, AuditFeed feed, NotifyApplier applier, String terminalId) {
    this.ledger = ledger;
    this.feed = feed;
    this.notifies = new NotifyPull(applier);
    this.terminalId = terminalId;
  }

  /** Pushes everything not pushed yet, in batches, then applies relayed notifies. Never throws. */
  public Cycle runOnce() {
    synchronized (cycleLock) {
      Cycle cycle = cycle();
      last = cycle;
      return cycle;
    }
  }

  /** The last cycle's result; null before the first. */
  public Cycle last() {
    return last;
  }

  private Cycle cycle() {
    int pushed = 0;
    int conflicts = 0;
    int applied = 0;
    long mark = feed.mark(MARK);
    List<String> unsettled = feed.unsettledPayments();
    if (feed.headSeq() <= mark && unsettled.isEmpty()) {
      return new Cycle(0, 0, 0, 0, null); // nothing to do: no connection is opened at all
    }
    // One connection per cycle that has work, closed after it: a thousand idle counters hold no
    // connection to the ledger, and a busy one opens one per push (see README, "Scale").
    try (Connection c = ledger.connect()) {
      int batchSize = ledger.config().batchSize();
      while (!Thread.currentThread().isInterrupted()) {
        List<AuditEntry> batch = feed.after(mark, batchSize);
        if (batch.isEmpty()) {
          break;
        }
        LedgerWriter.Written w = LedgerWriter.write(c, terminalId, batch);
        mark = batch.get(batch.size() - 1).seq();
        // After the ledger's commit: a crash in between repeats this batch, which changes nothing.
        feed.advance(MARK, mark);
        pushed += w.inserted();
        conflicts += w.conflicts();
        afterBatch.run();
        if (batch.size() < batchSize) {
          break;
        }
      }
      applied = notifies.apply(c, unsettled);
      if (conflicts > 0) {
        log.warn(
            "chain: {} audit entries differ from the ledger's copy: this journal was rewritten",
            conflicts);
      }
      return new Cycle(pushed, conflicts, applied, behind(), null);
    } catch (SQLException | LedgerException e) {
      String error = describe(e);
      log.warn("chain: ledger unavailable, will retry: {}", error);
      return new Cycle(pushed, conflicts, applied, behind(), error);
    } catch (RuntimeException e) {
      log.warn("chain: cycle failed, will retry", e);
      return new Cycle(pushed, conflicts, applied, behind(), e.toString());
    }
  }

  /**
   * The cause in one short line: a failed batch's message repeats its statement with the rows'
   * content, which has no place in a log.
   */
  static String describe(Exception e) {
    Throwable cause = e;
    if (e instanceof BatchUpdateException b && b.getNextException() != null) {
      cause = b.getNextException();
    }
    String message = cause.getMessage() == null
        ? cause.getClass().getSimpleName()
        : cause.getMessage();
    message = message.lines().findFirst().orElse(message);
    return message.length() > 200 ? message.substring(0, 200) + "…" : message;
  }

  private long behind() {
    try {
      return Math.max(0, feed.headSeq() - feed.mark(MARK));
    } catch (RuntimeException e) {
      return -1;
    }
  }

  /** Test seam: runs after each batch is committed to the ledger and the mark moved. */
  void afterEachBatch(Runnable hook) {
    this.afterBatch = hook;
  }

  /** Runs cycles on its own thread every {@code chain.pushIntervalMs}, and listens for relayed notifies. */
  public synchronized void start() {
    if (loop.start()) {
      listener = new NotifyListener(ledger, feed, this::wake).start();
    }
  }

  /** Something new is in the journal, or a notify is waiting: run a cycle soon. Never blocks. */
  public void wake() {
    synchronized (this) {
      if (failures > 0) {
        return; // backing off: the retry comes on its own time
      }
    }
    loop.wake();
  }

  private Duration round() {
    Cycle cycle = runOnce();
    synchronized (this) {
      failures = cycle.ok() ? 0 : failures + 1;
      return cycle.ok() ? ledger.config().pushInterval() : retryDelay(failures);
    }
  }

  static Duration retryDelay(int failures) {
    long ms = MIN_RETRY.toMillis() << Math.min(failures - 1, 16);
    return Duration.ofMillis(Math.min(ms, MAX_RETRY.toMillis()));
  }

  @Override
  public void close() {
    NotifyListener listener;
    synchronized (this) {
      listener = this.listener;
      this.listener = null;
    }
    if (listener != null) {
      listener.close();
    }
    loop.close();
  }
}
