package id.cpmpos.sync;

import id.cpmpos.journal.JournalException;

/**
 * What one try at a pending action came to: finished (a final state is recorded), try again later,
 * or not tried at all because this process is sending it right now ({@code busy}: whoever holds
 * it wakes the worker when done, so it costs no attempt and no backoff). {@code unrecorded} is set
 * when the provider answered but the journal refused the answer: it is held (see
 * {@link HeldWrites}) and the action is not finished as far as the journal knows.
 */
public record Attempt(boolean finished, String detail, boolean busy,
    JournalException.Problem unrecorded) {
  static Attempt done(String detail) {
    return new Attempt(true, detail, false, null);
  }

  static Attempt retry(String detail) {
    return new Attempt(false, detail, false, null);
  }

  static Attempt beingSent() {
    return new Attempt(false, "being sent by this terminal", true, null);
  }

  static Attempt unrecorded(String detail, JournalException refused) {
    return new Attempt(false, detail + " (not recorded yet: journal " + refused.problem() + ")",
        false,
        refused.problem());
  }
}
