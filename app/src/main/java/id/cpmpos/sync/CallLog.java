package id.cpmpos.sync;

import id.cpmpos.journal.Journal;
import id.cpmpos.journal.JournalException;
import id.cpmpos.snap.CallOutcome;
import id.cpmpos.snap.SnapService;
import java.util.Optional;

/**
 * Where every SNAP call's outcome goes, whoever made it (a payment at the counter, the sync's query,
 * a supervisor's reversal): the payment's support trail in the journal, and the connectivity state.
 * The trail is written through {@link HeldWrites}: a journal that refuses it does not lose it.
 */
public record CallLog(Journal journal, Connectivity connectivity, HeldWrites held) {
  /**
   * {@code actionKey} names the refund for refund calls; null otherwise. Returns why the journal
   * refused the record, if it did (it is then held).
   */
  public Optional<JournalException> record(String partnerReferenceNo, SnapService service,
      String actionKey,
      CallOutcome<?> outcome) {
    return held.write(service.name() + " call of " + partnerReferenceNo,
        entry(partnerReferenceNo, service, actionKey, outcome));
  }

  /**
   * The call's record and {@code answer}, the journal write of what the call brought, committed as
   * one transaction through {@link HeldWrites}: one sync to disk instead of two, and never the answer
   * without its trail. Returns why the journal refused them, if it did: both are then held, together.
   */
  public Optional<JournalException> recordWith(String partnerReferenceNo, SnapService service,
      String actionKey,
      CallOutcome<?> outcome, String what, HeldWrites.Write answer) {
    HeldWrites.Write call = entry(partnerReferenceNo, service, actionKey, outcome);
    return held.write(what, () -> journal.together("cannot record " + what, () -> {
      call.run();
      answer.run();
    }));
  }

  /** Tells the connectivity state now; returns the journal write of the call's record. */
  private HeldWrites.Write entry(String partnerReferenceNo, SnapService snapService,
      String actionKey,
      CallOutcome<?> outcome) {
    String service = snapService.name();
    connectivity.report(outcome);
    if (outcome instanceof CallOutcome.Answered<?> a) {
      return () -> journal.calls().record(partnerReferenceNo, service, actionKey, "ANSWERED",
          a.httpStatus(),
          a.code().toString(), a.message());
    } else if (outcome instanceof CallOutcome.NotSent<?> n) {
      return () -> journal.calls().record(partnerReferenceNo, service, actionKey, "NOT_SENT", null,
          null, n.reason());
    } else if (outcome instanceof CallOutcome.Unknown<?> u) {
      return () -> journal.calls().record(partnerReferenceNo, service, actionKey, "UNKNOWN",
          u.httpStatus(), null,
          u.reason());
    }
    return () -> {};
  }
}
