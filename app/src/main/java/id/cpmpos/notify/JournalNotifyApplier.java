package id.cpmpos.notify;

import id.cpmpos.journal.Journal;
import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.snap.NotifyRequest;
import java.util.Optional;

/**
 * Merges a notify into the payment it names. Only a final status (00 paid, 04 refunded, 05
 * cancelled, 06 failed) moves a row, and only along the journal's transitions: an older or repeated
 * notify never overwrites a final state, and nothing leads back to paid.
 */
public final class JournalNotifyApplier implements NotifyApplier {
  private final Journal journal;

  public JournalNotifyApplier(Journal journal) {
    this.journal = journal;
  }

  @Override
  public Result apply(NotifyRequest notify) {
    Optional<PaymentRecord> row = journal.payments().find(notify.originalPartnerReferenceNo());
    if (row.isEmpty()) {
      return Result.UNKNOWN_TRANSACTION;
    }
    PaymentState from = row.get().state();
    PaymentState to = PaymentState.fromLatestTransactionStatus(notify.latestTransactionStatus())
        .filter(PaymentState::isFinal).orElse(null);
    if (to == null || !from.canMoveTo(to)) {
      return Result.UNCHANGED;
    }
    boolean moved = journal.payments().transition(notify.originalPartnerReferenceNo(), from, to,
        notify.originalReferenceNo(), "2007900", "notify: " + notify.transactionStatusDesc());
    return moved ? Result.APPLIED : Result.UNCHANGED;
  }
}
