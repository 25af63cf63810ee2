package id.cpmpos.terminal;

import id.cpmpos.journal.ActionState;
import id.cpmpos.journal.JournalException;
import id.cpmpos.journal.PaymentRecord;

/**
 * Where a cancel or refund stands after the terminal's first attempt: done, refused, or pending
 * (queued while the provider is unreachable or its answer was lost; the sync finishes it).
 * {@code unrecorded} is set when the provider answered but the journal refused to record it: the
 * answer is held in memory and the reversal is pending until the journal takes it. Never repeat it.
 */
public record ReversalOutcome(ActionState state, String key, PaymentRecord payment,
    String responseCode,
    String responseMessage, JournalException.Problem unrecorded) {

  public ReversalOutcome(ActionState state, String key, PaymentRecord payment, String responseCode,
      String responseMessage) {
    this(state, key, payment, responseCode, responseMessage, null);
  }

  public boolean isPending() {
    return !state.isFinal();
  }
}
