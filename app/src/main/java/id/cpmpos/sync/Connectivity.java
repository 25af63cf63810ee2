package id.cpmpos.sync;

import id.cpmpos.snap.CallOutcome;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * Whether the provider is reachable, learnt from every real call and from a light probe while it is
 * not. Listeners hear each change (the GUI shows it; the sync worker drains the outbox on the way back).
 */
public final class Connectivity {
  public enum State {
    UNKNOWN, REACHABLE, UNREACHABLE
  }

  private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
  private volatile State state = State.UNKNOWN;
  private final AtomicLong answers = new AtomicLong();

  public State state() {
    return state;
  }

  public boolean isUnreachable() {
    return state == State.UNREACHABLE;
  }

  public void onChange(Consumer<State> listener) {
    listeners.add(listener);
  }

  /** An answer proves the provider reachable; NOT_SENT proves it was not; a lost answer proves nothing. */
  public void report(CallOutcome<?> outcome) {
    if (outcome instanceof CallOutcome.Answered<?>) {
      answers.incrementAndGet();
      set(State.REACHABLE);
    } else if (outcome instanceof CallOutcome.NotSent<?>) {
      set(State.UNREACHABLE);
    } else if (outcome instanceof CallOutcome.Unknown<?> u && u.httpStatus() != null) {
      answers.incrementAndGet();
      set(State.REACHABLE); // it answered, just not usefully (5xx, garbage)
    }
  }

  /**
   * Calls the provider has answered since this started: a count that grew proves it reachable now,
   * where the state may still be REACHABLE from before an outage.
   */
  public long answers() {
    return answers.get();
  }

  public void set(State next) {
    State before;
    synchronized (this) {
      before = state;
      state = next;
    }
    if (before != next) {
      // Reported from the middle of a call's outcome: a listener that fails (e.g. a journal that
      // refuses a write) must not turn an answer the provider gave into an error.
      for (Consumer<State> l : listeners) {
        try {
          l.accept(next);
        } catch (RuntimeException e) {
          LoggerFactory.getLogger(Connectivity.class).warn(
              "a listener of the provider's state ({}) failed: {}",
              next, e.toString());
        }
      }
    }
  }
}
