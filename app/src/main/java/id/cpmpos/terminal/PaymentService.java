package id.cpmpos.terminal;

import id.cpmpos.journal.Journal;
import id.cpmpos.journal.JournalException;
import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.journal.QrAlreadySent;
import id.cpmpos.scanner.ScannerDescription;
import id.cpmpos.snap.Amount;
import id.cpmpos.snap.CallOutcome;
import id.cpmpos.snap.PaymentRequest;
import id.cpmpos.snap.PaymentResponse;
import id.cpmpos.snap.ScannerInfo;
import id.cpmpos.snap.Signatures;
import id.cpmpos.snap.SnapClient;
import id.cpmpos.snap.SnapService;
import id.cpmpos.snap.SnapTimestamps;
import id.cpmpos.snap.Verdict;
import id.cpmpos.sync.CallLog;
import id.cpmpos.sync.Checkpoint;
import id.cpmpos.sync.Connectivity;
import id.cpmpos.sync.HeldWrites;
import id.cpmpos.sync.InFlight;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a payment: validate, commit the intent, send once, commit the outcome. The journal row
 * exists before a byte goes on the wire, and a payment whose outcome is unknown is never re-sent.
 */
public final class PaymentService implements Payments {
  private static final Logger log = LoggerFactory.getLogger(PaymentService.class);
  private static final Duration PAYMENT_VALIDITY = Duration.ofSeconds(60);

  private final Journal journal;
  private final SnapClient snap;
  private final TerminalProfile profile;
  private final ReferenceNumbers references;
  private final QrContentCheck qrCheck;
  private final Clock clock;
  private final InFlight inFlight;
  private final CallLog calls;
  /** After this long from its intent, a payment's outcome is certain (the sync settles it then). */
  private final Duration outcomeCertainAfter;
  /** Told when a payment ends with its outcome unknown, so the sync worker queries it at once. */
  private final Runnable whenPending;

  /** @param held where an answer waits that the journal refused (shared with the sync worker, which writes it) */
  public PaymentService(Journal journal, SnapClient snap, TerminalProfile profile,
      ReferenceNumbers references,
      QrContentCheck qrCheck, Clock clock, InFlight inFlight, Connectivity connectivity,
      HeldWrites held,
      Duration outcomeCertainAfter, Runnable whenPending) {
    this.outcomeCertainAfter = outcomeCertainAfter;
    this.whenPending = whenPending;
    this.clock = clock;
    this.inFlight = inFlight;
    this.calls = new CallLog(journal, connectivity, held);
    this.journal = journal;
    this.snap = snap;
    this.profile = profile;
    this.references = references;
    this.qrCheck = qrCheck;
  }

  /**
   * Pays with content read by this scanner (null: typed or pasted by hand); the payment's
   * {@code scannerInfo} says which scanner it was.
   */
  public PaymentOutcome payScanned(String amountText, String qrContent, ScannerDescription scanner)
      throws InputProblem {
    return pay(amountText, qrContent, ScannerInfos.from(scanner, profile.defaultScanner()));
  }

  /** The payment as the journal holds it now (the sync or a notify may have settled it since). */
  public Optional<PaymentRecord> current(String partnerReferenceNo) {
    return journal.payments().find(partnerReferenceNo);
  }

  /**
   * When a pending payment's outcome will be certain: its request has long expired, and the sync's
   * query then either finds it or settles it as not charged. What the checkout counts down to.
   */
  public OffsetDateTime outcomeCertainBy(PaymentRecord r) {
    return r.createdAt().plus(outcomeCertainAfter);
  }

  /** What the journal's state of a payment means to the checkout. */
  public static PaymentOutcome outcomeOf(PaymentRecord r) {
    return switch (r.state()) {
      case APPROVED -> new PaymentOutcome.Approved(r);
      case NOT_SENT -> new PaymentOutcome.NotSent(r, r.responseMessage());
      case NOT_CHARGED -> new PaymentOutcome.NotCharged(r);
      case SENDING, UNKNOWN -> new PaymentOutcome.Pending(r, r.responseMessage());
      case DECLINED, CANCELLED, REFUNDED -> new PaymentOutcome.Declined(r);
    };
  }

  /** Validates, then pays. {@link InputProblem} means nothing was written and nothing was sent. */
  public PaymentOutcome pay(String amountText, String qrContent, ScannerInfo scanner)
      throws InputProblem {
    BigDecimal amount = Money.parse(amountText);
    if (amount.compareTo(profile.maxAmount()) > 0) {
      throw new InputProblem("amount.overLimit", Money.rupiah(amount),
          Money.rupiah(profile.maxAmount()));
    }
    String qr = qrCheck.check(qrContent);
    return pay(amount, qr, scanner == null ? profile.defaultScanner() : scanner);
  }

  private PaymentOutcome pay(BigDecimal amount, String qr, ScannerInfo scanner)
      throws InputProblem {
    String ref = newReferenceInFlight();
    PaymentOutcome settled;
    try {
      PaymentRequest request = request(ref, amount, qr, scanner);
      // Checked against the spec's table before the intent is written: a request the client would
      // refuse to send must not leave a row behind (e.g. a merchant name configured too long).
      var violation = request.violation();
      if (violation.isPresent()) {
        throw new InputProblem("request.invalid", violation.get().message());
      }
      String qrHash = Signatures.bodyHash(qr.getBytes(StandardCharsets.UTF_8));
      PaymentRecord intent;
      try {
        intent = journal.payments().recordIntent(ref, amount, profile.currency(), qrHash,
            profile.terminalId(),
            profile.training());
      } catch (QrAlreadySent used) {
        log.info("payment refused before sending: qr sha256 {} was sent by payment {}", qrHash,
            used.partnerReferenceNo());
        throw new InputProblem("qr.alreadySent", used.partnerReferenceNo());
      }
      log.info("payment {} amount {} {} qr sha256 {}", ref, amount, profile.currency(), qrHash);
      Checkpoint.reached(Checkpoint.PAYMENT_INTENT);
      // From here on the request may leave: no journal failure may turn its outcome into an error.
      CallOutcome<PaymentResponse> outcome = snap.payment(request);
      Checkpoint.reached(Checkpoint.PAYMENT_ANSWERED);
      settled = settle(intent, outcome);
    } finally {
      inFlight.end(InFlight.Work.PAYMENT, ref);
    }
    // Only now, out of flight: a worker woken while this thread still held the payment would find
    // it "being sent" and skip it, and under load it did, leaving the query for a later pass.
    if (settled instanceof PaymentOutcome.Pending) {
      whenPending.run();
    }
    return settled;
  }

  /**
   * A new reference, in flight before its intent exists, so the sync worker never takes over a row
   * this process sends. One that someone already holds (drawn alike) is never used: the payment
   * would go out under another sender's reference, and its end would end that sender's hold, leaving
   * a payment still waiting for its answer to the sync worker.
   */
  private String newReferenceInFlight() {
    for (int draw = 0; draw < 100; draw++) {
      String ref = references.next("P");
      if (inFlight.begin(InFlight.Work.PAYMENT, ref)) {
        return ref;
      }
    }
    throw new IllegalStateException(
        "100 payment references drawn, every one held: the reference source is broken");
  }

  /** What an answer makes of a payment: its state and what the provider said. */
  private record Answer(PaymentState state, String referenceNo, String code, String message) {}

  private static Answer answer(CallOutcome<PaymentResponse> outcome) {
    if (outcome instanceof CallOutcome.NotSent<PaymentResponse> n) {
      return new Answer(PaymentState.NOT_SENT, null, null, n.reason());
    }
    if (outcome instanceof CallOutcome.Unknown<PaymentResponse> u) {
      return new Answer(PaymentState.UNKNOWN, null, null, u.reason());
    }
    var a = (CallOutcome.Answered<PaymentResponse>) outcome;
    String referenceNo = a.body() == null ? null : a.body().referenceNo();
    PaymentState state = switch (Verdict.of(a.code())) {
      case SUCCESS -> PaymentState.APPROVED;
      case FAILURE -> PaymentState.DECLINED;
      case UNKNOWN -> PaymentState.UNKNOWN;
    };
    return new Answer(state, referenceNo, a.code().toString(), a.message());
  }

  /**
   * Records the answer and says what it means. If the journal refuses the record (disk full, locked
   * by another process, damaged), the answer is held in memory and written as soon as it accepts
   * it, and the payment is pending: the provider may have charged the customer, so it is never
   * reported as failed or not sent.
   */
  private PaymentOutcome settle(PaymentRecord intent, CallOutcome<PaymentResponse> outcome) {
    String ref = intent.partnerReferenceNo();
    Answer answer = answer(outcome);
    // The call's record commits with the answer: after the intent, one more sync to disk per payment.
    Optional<JournalException> refused = calls.recordWith(ref, SnapService.PAYMENT, null, outcome,
        "the answer to payment " + ref,
        () -> move(ref, answer.state(), answer.referenceNo(), answer.code(), answer.message()));
    if (refused.isEmpty()) {
      try {
        PaymentRecord r = row(ref);
        return switch (answer.state()) {
          case APPROVED -> new PaymentOutcome.Approved(r);
          case DECLINED -> new PaymentOutcome.Declined(r);
          case NOT_SENT -> new PaymentOutcome.NotSent(r, answer.message());
          default -> new PaymentOutcome.Pending(r, answer.code() == null
              ? answer.message()
              : answer.code() + " " + answer.message());
        };
      } catch (JournalException e) {
        refused = Optional.of(e); // written, but it cannot be read back: what we know is in memory
      }
    }
    JournalException e = refused.get();
    log.error(
        "payment {}: the provider answered ({} {} {}) but the journal cannot record it: {} ({}); the answer"
            + " is held and written when the journal accepts it; until then the payment is pending, do not repeat it",
        ref, answer.state(), answer.code(), answer.message(), e.problem(), e.getMessage());
    PaymentRecord asKnown = new PaymentRecord(ref, answer.referenceNo(), intent.amount(),
        intent.currency(),
        intent.qrHash(), intent.terminalId(), PaymentState.UNKNOWN, answer.code(), answer.message(),
        intent.training(), intent.createdAt(), OffsetDateTime.now(clock.withZone(profile.zone())));
    return new PaymentOutcome.Pending(asKnown, answer.message(), e.problem());
  }

  private void move(String ref, PaymentState to, String referenceNo, String code, String message) {
    if (journal.payments().transition(ref, PaymentState.SENDING, to, referenceNo, code, message)) {
      return;
    }
    // A notify settled it first (the provider may notify before its answer reaches us). Its state
    // stands; if the answer agrees, the answer's own code and message replace the notify's, since
    // they are what the cashier must read (e.g. "insufficient funds", not the notify's receipt).
    if (journal.payments().recordAnswer(ref, to, referenceNo, code, message)) {
      log.info("payment {} was settled by a notify first; its answer agrees and is recorded", ref);
    } else {
      log.warn("payment {} was settled by another path as {}; its answer ({} {}) says {}", ref,
          journal.payments().find(ref).map(PaymentRecord::state).orElse(null), code, message, to);
    }
  }

  /** The spec makes expiryTime mandatory: how long the provider may take to complete this payment. */
  private String expiryTime() {
    return SnapTimestamps
        .format(OffsetDateTime.now(clock.withZone(profile.zone())).plus(PAYMENT_VALIDITY));
  }

  private PaymentRecord row(String ref) {
    return journal.payments().find(ref).orElseThrow();
  }

  private PaymentRequest request(String ref, BigDecimal amount, String qr, ScannerInfo scanner) {
    return new PaymentRequest(ref, qr, Amount.of(amount, profile.currency()), null,
        profile.merchantId(),
        profile.subMerchantId(), null, expiryTime(), null, profile.externalStoreId(),
        profile.merchantName(),
        profile.merchantLocation(), profile.acquirerName(), profile.terminalId(), scanner, null);
  }
}
