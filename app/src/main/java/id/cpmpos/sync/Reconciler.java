package id.cpmpos.sync;

import id.cpmpos.journal.ActionState;
import id.cpmpos.journal.CancelRecord;
import id.cpmpos.journal.Journal;
import id.cpmpos.journal.JournalException;
import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.journal.PaymentRules;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.journal.PendingAction;
import id.cpmpos.journal.RefundRecord;
import id.cpmpos.journal.ReversalStore;
import id.cpmpos.snap.Amount;
import id.cpmpos.snap.CallOutcome;
import id.cpmpos.snap.CancelRequest;
import id.cpmpos.snap.QueryRequest;
import id.cpmpos.snap.QueryResponse;
import id.cpmpos.snap.RefundRequest;
import id.cpmpos.snap.SnapClient;
import id.cpmpos.snap.SnapResponse;
import id.cpmpos.snap.SnapService;
import id.cpmpos.snap.Verdict;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings one journal entry to its final state: queries a payment whose outcome is unknown, sends
 * (again) a cancel or a refund. The one place that merges a provider's answer into the journal for
 * these, used by the sync worker and by the supervisor's first attempt alike. The merge rule: a final
 * state is never replaced by an older or non-final one (the journal's transitions enforce it), and a
 * retried reversal always carries the references of its first attempt, so the provider sees one.
 */
public final class Reconciler {
  private static final Logger log = LoggerFactory.getLogger(Reconciler.class);

  private final Journal journal;
  private final SnapClient snap;
  private final MerchantRefs merchant;
  private final CallLog calls;
  private final HeldWrites held;
  private final InFlight inFlight;
  private final Clock clock;
  private final Duration notFoundIsFinalAfter;

  /**
   * @param held where answers the journal refused wait; the sync worker flushes it before each pass
   * @param notFoundIsFinalAfter how long after its intent a payment the provider does not know may
   *     still appear there; after it, "not found" means it never will (the request's expiryTime has
   *     passed, with a margin for clock skew)
   */
  public Reconciler(Journal journal, SnapClient snap, MerchantRefs merchant,
      Connectivity connectivity,
      InFlight inFlight, HeldWrites held, Clock clock, Duration notFoundIsFinalAfter) {
    this.journal = journal;
    this.snap = snap;
    this.merchant = merchant;
    this.held = held;
    this.calls = new CallLog(journal, connectivity, held);
    this.inFlight = inFlight;
    this.clock = clock;
    this.notFoundIsFinalAfter = notFoundIsFinalAfter;
  }

  public Attempt attempt(PendingAction action) {
    return switch (action.kind()) {
      case QUERY -> query(action.key());
      case CANCEL -> cancel(action.key());
      case REFUND -> refund(action.key());
    };
  }

  /** Asks the provider where an unsettled payment stands and records a final answer. */
  public Attempt query(String ref) {
    return query(ref, false);
  }

  /**
   * Asks the provider even about a settled payment (someone asked to look): its answer may still move
   * a paid payment to cancelled or refunded, but never back.
   */
  public Attempt queryNow(String ref) {
    return query(ref, true);
  }

  private Attempt query(String ref, boolean evenIfFinal) {
    if (!inFlight.begin(InFlight.Work.PAYMENT, ref)) {
      return Attempt.beingSent();
    }
    try {
      PaymentRecord p = journal.payments().find(ref).orElse(null);
      if (p == null || (p.state().isFinal() && !evenIfFinal)) {
        return Attempt.done(p == null ? "no such payment" : p.state().name());
      }
      if (p.state() == PaymentState.SENDING) {
        // Left SENDING by a process that stopped mid-call (this one is not sending it: see InFlight).
        journal.payments().transition(ref, PaymentState.SENDING, PaymentState.UNKNOWN, null, null,
            "outcome not recorded before a restart");
      }
      CallOutcome<QueryResponse> outcome = snap.query(new QueryRequest(p.referenceNo(), ref, null,
          merchant.merchantId(), merchant.subMerchantId(), merchant.externalStoreId(), null));
      Answer answer = answer(p, outcome);
      // The call's record commits with what the answer settles: one sync to disk per query, not two.
      Optional<JournalException> refused = calls.recordWith(ref, SnapService.QUERY, null, outcome,
          "the answer to the query of " + ref, answer.write());
      return refused.isEmpty()
          ? answer.attempt()
          : Attempt.unrecorded(answer.attempt().detail(), refused.get());
    } finally {
      inFlight.end(InFlight.Work.PAYMENT, ref);
    }
  }

  /** What a query's answer comes to, and the journal write that records it (none: nothing to settle). */
  private record Answer(Attempt attempt, HeldWrites.Write write) {
    static Answer only(Attempt attempt) {
      return new Answer(attempt, () -> {});
    }
  }

  private Answer answer(PaymentRecord p, CallOutcome<QueryResponse> outcome) {
    String ref = p.partnerReferenceNo();
    if (!(outcome instanceof CallOutcome.Answered<QueryResponse> a)) {
      return Answer.only(Attempt.retry(reason(outcome)));
    }
    Verdict verdict = Verdict.of(a.code());
    if (verdict == Verdict.SUCCESS && a.body() != null) {
      QueryResponse q = a.body();
      Optional<PaymentState> state = PaymentState
          .fromLatestTransactionStatus(q.latestTransactionStatus());
      if (state.isPresent() && state.get().isFinal()) {
        return new Answer(Attempt.done(state.get().name()),
            () -> settle(ref, state.get(), q.originalReferenceNo(), a.code().toString(),
                "query: " + (q.transactionStatusDesc() == null
                    ? q.latestTransactionStatus()
                    : q.transactionStatusDesc())));
      }
      if (state.isPresent()) {
        return Answer.only(
            Attempt.retry("in progress at the provider (" + q.latestTransactionStatus() + ")"));
      }
      return p.state().isFinal()
          ? Answer.only(Attempt.done(p.state().name()))
          : notFound(p, a.code() + " status " + q.latestTransactionStatus());
    }
    if (verdict == Verdict.FAILURE && a.code().httpStatus() == 404 && !p.state().isFinal()) {
      return notFound(p, a.code() + " " + a.message());
    }
    return Answer.only(Attempt.retry(a.code() + " " + a.message()));
  }

  /**
   * The provider does not know the payment. Before its request could have expired that may change;
   * after, it means nothing was charged: NOT_CHARGED, never "declined" (nobody refused anything).
   */
  private Answer notFound(PaymentRecord p, String detail) {
    OffsetDateTime finalAfter = p.createdAt().plus(notFoundIsFinalAfter);
    if (OffsetDateTime.now(clock).isBefore(finalAfter)) {
      return Answer.only(Attempt.retry("not found yet: " + detail));
    }
    return new Answer(Attempt.done(PaymentState.NOT_CHARGED.name()),
        () -> settle(p.partnerReferenceNo(), PaymentState.NOT_CHARGED, null, null,
            "not found at the provider after its expiry: nothing was charged"));
  }

  /** Moves the payment to {@code to} if its current state allows; a final state is never replaced. */
  private void settle(String ref, PaymentState to, String referenceNo, String code,
      String message) {
    PaymentRecord now = journal.payments().find(ref).orElseThrow();
    if (now.state() == to) {
      return;
    }
    if (!now.state().canMoveTo(to)) {
      if (now.state().isFinal() && to.isFinal()
          && (to == PaymentState.APPROVED || now.state() == PaymentState.APPROVED)) {
        // The provider and the journal disagree about money (e.g. declined here, paid there): no rule
        // may settle that silently; a supervisor must look at it with the provider.
        log.warn(
            "payment {}: the provider says {} ({}), the journal holds {}; left as it is, needs a person",
            ref, to, code, now.state());
      }
      return;
    }
    if (!journal.payments().transition(ref, now.state(), to, referenceNo, code, message)) {
      log.info("payment {} moved on while its answer was merged; the newer state stands", ref);
    }
  }

  /** Sends (again) the cancel of a payment. */
  public Attempt cancel(String ref) {
    if (!inFlight.begin(InFlight.Work.CANCEL, ref)) {
      return Attempt.beingSent();
    }
    try {
      CancelRecord c = journal.reversals().cancel(ref).orElse(null);
      if (c == null || c.state().isFinal()) {
        return Attempt.done(c == null ? "no such cancel" : c.state().name());
      }
      PaymentRecord p = journal.payments().find(ref).orElseThrow();
      if (p.state() == PaymentState.CANCELLED) {
        journal.reversals().completeCancel(ref, c.state(), null, "already cancelled");
        return Attempt.done(ActionState.SUCCEEDED.name());
      }
      Optional<PaymentRules.CancelBar> bar = PaymentRules.cancelBar(p.state());
      if (bar.isPresent()) {
        journal.reversals().transitionCancel(ref, c.state(), ActionState.REJECTED, null,
            bar.get() == PaymentRules.CancelBar.REFUNDED
                ? "already refunded"
                : "nothing was charged: nothing to reverse");
        return Attempt.done(ActionState.REJECTED.name());
      }
      ReversalStore r = journal.reversals();
      return reverse(new Reversal<>(SnapService.CANCEL, ref, null, c.state(),
          (from, to, code, message) -> r.transitionCancel(ref, from, to, code, message),
          a -> r.completeCancel(ref, ActionState.SENDING, a.code().toString(), a.message()),
          () -> snap.cancel(new CancelRequest(ref, p.referenceNo(), null, merchant.merchantId(),
              merchant.subMerchantId(), merchant.externalStoreId(),
              Amount.of(p.amount(), p.currency()), c.reason(),
              null)),
          Checkpoint.CANCEL_SENDING, Checkpoint.CANCEL_ANSWERED,
          // The payment itself is still unknown (an abandoned sale): the provider may not have it yet.
          // A refusal then keeps the cancel queued while the query settles the payment.
          !p.state().isFinal()), "the answer to the cancel of " + ref);
    } finally {
      inFlight.end(InFlight.Work.CANCEL, ref);
    }
  }

  /** Sends (again) a refund, always with its own partnerRefundNo so the provider refunds once. */
  public Attempt refund(String partnerRefundNo) {
    if (!inFlight.begin(InFlight.Work.REFUND, partnerRefundNo)) {
      return Attempt.beingSent();
    }
    try {
      RefundRecord refund = journal.reversals().refund(partnerRefundNo).orElse(null);
      if (refund == null || refund.state().isFinal()) {
        return Attempt.done(refund == null ? "no such refund" : refund.state().name());
      }
      PaymentRecord p = journal.payments().find(refund.partnerReferenceNo()).orElseThrow();
      ReversalStore r = journal.reversals();
      return reverse(
          new Reversal<>(SnapService.REFUND, p.partnerReferenceNo(), partnerRefundNo,
              refund.state(),
              (from, to, code, message) -> r.transitionRefund(partnerRefundNo, from, to, null, code,
                  message),
              a -> r.completeRefund(partnerRefundNo, ActionState.SENDING,
                  a.body() == null ? null : a.body().refundNo(),
                  a.code().toString(), a.message()),
              () -> snap.refund(new RefundRequest(merchant.merchantId(), merchant.subMerchantId(),
                  merchant.externalStoreId(), p.partnerReferenceNo(), p.referenceNo(), null,
                  partnerRefundNo,
                  Amount.of(refund.amount(), refund.currency()), refund.reason(), null)),
              Checkpoint.REFUND_SENDING, Checkpoint.REFUND_ANSWERED, false),
          "the answer to refund " + partnerRefundNo);
    } finally {
      inFlight.end(InFlight.Work.REFUND, partnerRefundNo);
    }
  }

  /** The provider did it: the reversal succeeds together with what it does to the payment. */
  @FunctionalInterface
  private interface Completion<R extends SnapResponse> {
    void complete(CallOutcome.Answered<R> answer);
  }

  /** A compare-and-set on the reversal's state, recording what the provider said. */
  @FunctionalInterface
  private interface Move {
    boolean to(ActionState from, ActionState to, String code, String message);
  }

  /**
   * What differs between a cancel and a refund; {@link #reverse} is the sequence they share.
   * {@code refundNo} names the refund in the call trail (null for a cancel); {@code waitOnRefusal}
   * keeps a refused reversal queued instead of rejecting it.
   */
  private record Reversal<R extends SnapResponse>(SnapService service, String paymentRef,
      String refundNo,
      ActionState state, Move move, Completion<R> complete, Supplier<CallOutcome<R>> send,
      String sendingCheckpoint, String answeredCheckpoint, boolean waitOnRefusal) {}

  /**
   * Sends a reversal and merges the answer: SENDING is committed first; nothing sent goes back to
   * QUEUED, no answer to UNKNOWN (both sent again later with the same references); the provider's
   * answer completes it, rejects it, or leaves it unknown, as {@link Verdict} says.
   */
  private <R extends SnapResponse> Attempt reverse(Reversal<R> r, String what) {
    if (r.state() != ActionState.SENDING
        && !r.move().to(r.state(), ActionState.SENDING, null, null)) {
      return Attempt.retry("moved on meanwhile");
    }
    Checkpoint.reached(r.sendingCheckpoint());
    CallOutcome<R> outcome = r.send().get();
    Checkpoint.reached(r.answeredCheckpoint());
    if (outcome instanceof CallOutcome.NotSent<R> n) {
      return record(what, r, outcome,
          () -> r.move().to(ActionState.SENDING, ActionState.QUEUED, null, n.reason()),
          Attempt.retry(n.reason()));
    }
    if (outcome instanceof CallOutcome.Unknown<R> u) {
      return record(what, r, outcome,
          () -> r.move().to(ActionState.SENDING, ActionState.UNKNOWN, null, u.reason()),
          Attempt.retry(u.reason()));
    }
    var a = (CallOutcome.Answered<R>) outcome;
    String said = a.code() + " " + a.message();
    return switch (Verdict.of(a.code())) {
      case SUCCESS -> record(what, r, outcome, () -> r.complete().complete(a),
          Attempt.done(ActionState.SUCCEEDED.name() + " " + said));
      case FAILURE -> r.waitOnRefusal()
          ? record(what, r, outcome,
              () -> r.move().to(ActionState.SENDING, ActionState.QUEUED, a.code().toString(),
                  a.message()),
              Attempt.retry(said + " (payment not settled yet)"))
          : record(what, r, outcome, () -> r.move().to(ActionState.SENDING, ActionState.REJECTED,
              a.code().toString(), a.message()),
              Attempt.done(ActionState.REJECTED.name() + " " + said));
      case UNKNOWN ->
        record(what, r, outcome, () -> r.move().to(ActionState.SENDING, ActionState.UNKNOWN,
            a.code().toString(), a.message()), Attempt.retry(said));
    };
  }

  /**
   * Writes a reversal's answer in one transaction with its call's record, through {@link HeldWrites}:
   * if the journal refuses them, both are held and the attempt says so, unfinished, since the journal
   * still holds the reversal as being sent.
   */
  private Attempt record(String what, Reversal<?> r, CallOutcome<?> outcome, HeldWrites.Write write,
      Attempt attempt) {
    Optional<JournalException> refused = calls.recordWith(r.paymentRef(), r.service(), r.refundNo(),
        outcome, what,
        write);
    return refused.isEmpty() ? attempt : Attempt.unrecorded(attempt.detail(), refused.get());
  }

  /** Answers the journal refused, waiting to be written. */
  public HeldWrites heldWrites() {
    return held;
  }

  private static String reason(CallOutcome<?> outcome) {
    if (outcome instanceof CallOutcome.NotSent<?> n) {
      return "not sent: " + n.reason();
    }
    return outcome instanceof CallOutcome.Unknown<?> u
        ? "no answer: " + u.reason()
        : String.valueOf(outcome);
  }
}
