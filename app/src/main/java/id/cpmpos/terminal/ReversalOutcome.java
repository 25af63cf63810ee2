package id.cpmpos.terminal;

import id.cpmpos.journal.ActionState;
import id.cpmpos.journal.PaymentRecord;

/**
 * Where a cancel or refund stands after the terminal's first attempt: done, refused, or pending
 * (queued while the provider is unreachable or its answer was lost; the sync finishes it).
 */
public record ReversalOutcome(ActionState state, String key, PaymentRecord payment, String responseCode,
    String responseMessage) {

  public boolean isPending() {
    return !state.isFinal();
  }
}
