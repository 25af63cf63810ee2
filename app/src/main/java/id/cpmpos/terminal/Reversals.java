package id.cpmpos.terminal;

import id.cpmpos.journal.ActionState;
import id.cpmpos.journal.CancelRecord;
import id.cpmpos.journal.Journal;
import id.cpmpos.journal.JournalException;
import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.journal.PaymentRules;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.journal.RefundRecord;
import id.cpmpos.journal.RefundRefused;
import id.cpmpos.report.Rupiah;
import id.cpmpos.snap.Amount;
import id.cpmpos.snap.CancelRequest;
import id.cpmpos.snap.RefundRequest;
import id.cpmpos.sync.Attempt;
import id.cpmpos.sync.Checkpoint;
import id.cpmpos.sync.Reconciler;
import id.cpmpos.sync.SyncWorker;
import java.math.BigDecimal;
import org.slf4j.LoggerFactory;

/**
 * The supervisor's cancel and refund: check the PIN and the input, commit the intent, try once at
 * once. What cannot be sent now stays queued in the journal and the sync worker sends it later with
 * the same references, so a reversal is never lost and never doubled.
 */
public final class Reversals implements PaymentReversals {
  private final Journal journal;
  private final Reconciler reconciler;
  private final SyncWorker sync;
  private final SupervisorPin pin;
  private final TerminalProfile profile;
  private final ReferenceNumbers references;

  public Reversals(Journal journal, Reconciler reconciler, SyncWorker sync, SupervisorPin pin,
      TerminalProfile profile,
      ReferenceNumbers references) {
    this.journal = journal;
    this.reconciler = reconciler;
    this.sync = sync;
    this.pin = pin;
    this.profile = profile;
    this.references = references;
  }

  /** Cancels (voids) a payment. A payment that was partly refunded cannot be cancelled: refund the rest. */
  public ReversalOutcome cancel(String ref, String reason, char[] supervisorPin)
      throws InputProblem {
    pin.check(supervisorPin);
    PaymentRecord p = payment(ref);
    var bar = PaymentRules.cancelBar(p, journal.reversals().refunds(ref));
    if (bar.isPresent()) {
      throw switch (bar.get()) {
        case NOTHING_CHARGED -> new InputProblem("cancel.nothingCharged", ref);
        case REFUNDED -> new InputProblem("cancel.refunded", ref);
      };
    }
    var violation = new CancelRequest(ref, p.referenceNo(), null, profile.merchantId(),
        profile.subMerchantId(),
        profile.externalStoreId(), Amount.of(p.amount(), p.currency()), reason, null).violation();
    if (violation.isPresent()) {
      throw new InputProblem("request.invalid", violation.get().message());
    }
    journal.reversals().recordCancelIntent(ref, reason, CancelRecord.Requester.SUPERVISOR);
    Checkpoint.reached(Checkpoint.CANCEL_INTENT);
    Attempt attempt;
    try {
      attempt = reconciler.cancel(ref);
    } catch (JournalException e) {
      return queued(ref, p, e);
    }
    sync.wake();
    if (attempt.unrecorded() != null) {
      return unrecorded(ref, p, attempt);
    }
    CancelRecord c = journal.reversals().cancel(ref).orElseThrow();
    return new ReversalOutcome(c.state(), ref, payment(ref), c.responseCode(), c.responseMessage());
  }

  /** Refunds part or all of a paid payment; several partial refunds may follow one another. */
  public ReversalOutcome refund(String ref, String amountText, String reason, char[] supervisorPin)
      throws InputProblem {
    BigDecimal amount = Money.parse(amountText);
    pin.check(supervisorPin);
    PaymentRecord p = payment(ref);
    String refundNo = references.next("R");
    var violation = new RefundRequest(profile.merchantId(), profile.subMerchantId(),
        profile.externalStoreId(), ref,
        p.referenceNo(), null, refundNo, Amount.of(amount, p.currency()), reason, null).violation();
    if (violation.isPresent()) {
      throw new InputProblem("request.invalid", violation.get().message());
    }
    try {
      journal.reversals().recordRefundIntent(refundNo, ref, amount, reason);
    } catch (RefundRefused r) {
      throw switch (r.why()) {
        case NO_SUCH_PAYMENT -> new InputProblem("payment.unknown", ref);
        case NOT_PAID -> new InputProblem("refund.notPaid", ref, p.state().name());
        case EXCEEDS_REFUNDABLE -> new InputProblem("refund.exceeds",
            Rupiah.format(amount, p.currency()), Rupiah.format(r.refundable(), p.currency()));
      };
    }
    Checkpoint.reached(Checkpoint.REFUND_INTENT);
    Attempt attempt;
    try {
      attempt = reconciler.refund(refundNo);
    } catch (JournalException e) {
      return queued(refundNo, p, e);
    }
    sync.wake();
    if (attempt.unrecorded() != null) {
      return unrecorded(refundNo, p, attempt);
    }
    RefundRecord r = journal.reversals().refund(refundNo).orElseThrow();
    return new ReversalOutcome(r.state(), refundNo, payment(ref), r.responseCode(),
        r.responseMessage());
  }

  /**
   * The cashier gives up on a payment whose outcome is unknown. A cancel is queued so that, if the
   * payment went through after all, it is reversed; no PIN, since nothing is paid out.
   */
  public void abandon(String ref) throws InputProblem {
    PaymentRecord p = payment(ref);
    if (p.state() == PaymentState.SENDING || p.state() == PaymentState.UNKNOWN) {
      journal.reversals().recordCancelIntent(ref, "abandoned at the counter: outcome unknown",
          CancelRecord.Requester.ABANDONED);
      sync.wake();
    }
  }

  /** Queries the provider now and returns the payment as the journal then holds it. */
  public PaymentRecord query(String ref) throws InputProblem {
    payment(ref);
    reconciler.queryNow(ref);
    return payment(ref);
  }

  /**
   * The provider answered but the journal refused the answer (it is held, see HeldWrites): pending,
   * whatever the answer said, since the journal still holds the reversal as being sent. The payment
   * as it was read before sending; the journal may not be readable now.
   */
  private static ReversalOutcome unrecorded(String key, PaymentRecord payment, Attempt attempt) {
    return new ReversalOutcome(ActionState.UNKNOWN, key, payment, null, attempt.detail(),
        attempt.unrecorded());
  }

  /**
   * The intent is committed but the journal refused the next step, before anything was sent: the
   * reversal is queued and the sync sends it. Reporting a failure here would invite a second
   * refund with a new number, and the sync would send both.
   */
  private static ReversalOutcome queued(String key, PaymentRecord payment, JournalException e) {
    LoggerFactory.getLogger(Reversals.class)
        .warn("{} is queued: the journal refused the step before"
            + " sending ({}: {}); the sync sends it", key, e.problem(), e.getMessage());
    return new ReversalOutcome(ActionState.QUEUED, key, payment, null, null, e.problem());
  }

  private PaymentRecord payment(String ref) throws InputProblem {
    return journal.payments().find(ref).orElseThrow(() -> new InputProblem("payment.unknown", ref));
  }

}
