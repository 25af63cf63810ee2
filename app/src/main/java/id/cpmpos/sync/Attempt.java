package id.cpmpos.sync;

/**
 * What one try at a pending action came to: finished (a final state is recorded), try again later,
 * or not tried at all because this process is sending it right now ({@code busy}: whoever holds
 * it wakes the worker when done, so it costs no attempt and no backoff).
 */
public record Attempt(boolean finished, String detail, boolean busy) {
  static Attempt done(String detail) {
    return new Attempt(true, detail, false);
  }

  static Attempt retry(String detail) {
    return new Attempt(false, detail, false);
  }

  static Attempt beingSent() {
    return new Attempt(false, "being sent by this terminal", true);
  }
}
