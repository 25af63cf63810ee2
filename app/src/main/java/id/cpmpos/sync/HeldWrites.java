package id.cpmpos.sync;

import id.cpmpos.journal.JournalException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Journal writes of answers that arrived while the journal refused them (disk full, another
 * process holding its lock, damage). Once a request has left, its answer is never dropped: it is
 * kept here, in memory and in order, and written as soon as the journal accepts it (the sync
 * worker tries before every pass; a closing process tries once more). If the process dies first,
 * the journal still holds the request as being sent, and the sync settles it by asking the
 * provider, as after any crash.
 */
public final class HeldWrites {
  private static final Logger log = LoggerFactory.getLogger(HeldWrites.class);

  /** One journal write; throws {@link JournalException} when the journal refuses it. */
  @FunctionalInterface
  public interface Write {
    void run();
  }

  private record Held(String what, Write write) {}

  private final Deque<Held> held = new ArrayDeque<>();

  /**
   * Writes now, unless earlier writes are still held (then it waits behind them, so the journal
   * sees them in the order they happened). Returns why the journal refused, if it did: the write is
   * then held.
   */
  public synchronized Optional<JournalException> write(String what, Write write) {
    Optional<JournalException> refused = flush();
    if (refused.isEmpty()) {
      try {
        write.run();
        return Optional.empty();
      } catch (JournalException e) {
        refused = Optional.of(e);
      }
    }
    held.addLast(new Held(what, write));
    log.warn("journal refused {} ({}: {}); kept in memory until it accepts it ({} held)", what,
        refused.get().problem(), refused.get().getMessage(), held.size());
    return refused;
  }

  /** Writes what is held, in order, up to the first the journal still refuses (returned). */
  public synchronized Optional<JournalException> flush() {
    while (!held.isEmpty()) {
      Held next = held.peekFirst();
      try {
        next.write().run();
      } catch (JournalException e) {
        return Optional.of(e);
      }
      held.removeFirst();
      log.info("journal accepted {}, held since it refused it ({} still held)", next.what(),
          held.size());
    }
    return Optional.empty();
  }

  public synchronized boolean isEmpty() {
    return held.isEmpty();
  }
}
