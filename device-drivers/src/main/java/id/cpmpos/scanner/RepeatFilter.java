package id.cpmpos.scanner;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Passes a content once while it keeps being read: a camera sees the same phone in frame after
 * frame, a cashier may scan twice, and two scanners may read the same code. A content seen again
 * within the window of its previous sighting is a repeat; each sighting extends the window, so a
 * phone held in front of the camera is reported once, however long it is held.
 *
 * <p>Decisions use the events' own timestamps: tests pass explicit instants, no clock needed.
 */
public final class RepeatFilter {
  private final Duration window;
  private final Map<String, Instant> lastSeen = new HashMap<>();

  public RepeatFilter(Duration window) {
    if (window.isNegative()) {
      throw new IllegalArgumentException("window must not be negative: " + window);
    }
    this.window = window;
  }

  /** Whether {@code content} read at {@code at} is new (true) or a repeat (false). */
  public synchronized boolean isNew(String content, Instant at) {
    forgetOlderThan(at.minus(window));
    Instant previous = lastSeen.put(content, at);
    if (previous != null && previous.isAfter(at)) {
      lastSeen.put(content, previous); // an event from a slower scanner arrived late: keep the newer sighting
    }
    return previous == null;
  }

  private void forgetOlderThan(Instant limit) {
    for (Iterator<Instant> it = lastSeen.values().iterator(); it.hasNext();) {
      if (it.next().isBefore(limit)) {
        it.remove();
      }
    }
  }
}
