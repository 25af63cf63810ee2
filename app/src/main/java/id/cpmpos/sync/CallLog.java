package id.cpmpos.sync;

import id.cpmpos.journal.Journal;
import id.cpmpos.snap.CallOutcome;

/**
 * Where every SNAP call's outcome goes, whoever made it (a payment at the counter, the sync's query,
 * a supervisor's reversal): the payment's support trail in the journal, and the connectivity state.
 */
public final class CallLog {
  private final Journal journal;
  private final Connectivity connectivity;

  public CallLog(Journal journal, Connectivity connectivity) {
    this.journal = journal;
    this.connectivity = connectivity;
  }

  /** {@code actionKey} names the refund for refund calls; null otherwise. */
  public void record(String partnerReferenceNo, String service, String actionKey, CallOutcome<?> outcome) {
    connectivity.report(outcome);
    if (outcome instanceof CallOutcome.Answered<?> a) {
      journal.recordCall(partnerReferenceNo, service, actionKey, "ANSWERED", a.httpStatus(), a.code().toString(),
          a.message());
    } else if (outcome instanceof CallOutcome.NotSent<?> n) {
      journal.recordCall(partnerReferenceNo, service, actionKey, "NOT_SENT", null, null, n.reason());
    } else if (outcome instanceof CallOutcome.Unknown<?> u) {
      journal.recordCall(partnerReferenceNo, service, actionKey, "UNKNOWN", u.httpStatus(), null, u.reason());
    }
  }
}
