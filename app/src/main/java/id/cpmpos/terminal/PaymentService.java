package id.cpmpos.terminal;

import id.cpmpos.journal.Journal;
import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.snap.Amount;
import id.cpmpos.snap.CallOutcome;
import id.cpmpos.snap.PaymentRequest;
import id.cpmpos.snap.PaymentResponse;
import id.cpmpos.snap.ScannerInfo;
import id.cpmpos.snap.Signatures;
import id.cpmpos.snap.SnapClient;
import id.cpmpos.snap.SnapTimestamps;
import id.cpmpos.sync.CallLog;
import id.cpmpos.sync.Checkpoint;
import id.cpmpos.sync.Connectivity;
import id.cpmpos.sync.InFlight;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a payment: validate, commit the intent, send once, commit the outcome. The journal row
 * exists before a byte goes on the wire, and a payment whose outcome is unknown is never re-sent.
 */
public final class PaymentService {
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
  /** Told when a payment ends with its outcome unknown, so the sync worker queries it at once. */
  private final Runnable whenPending;

  public PaymentService(Journal journal, SnapClient snap, TerminalProfile profile, ReferenceNumbers references,
      QrContentCheck qrCheck, Clock clock, InFlight inFlight, Connectivity connectivity, Runnable whenPending) {
    this.whenPending = whenPending;
    this.clock = clock;
    this.inFlight = inFlight;
    this.calls = new CallLog(journal, connectivity);
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
  public PaymentOutcome payScanned(String amountText, String qrContent, id.cpmpos.scanner.ScannerDescription scanner)
      throws InputProblem {
    return pay(amountText, qrContent, ScannerInfos.from(scanner, profile.defaultScanner()));
  }

  /** The payment as the journal holds it now (the sync or a notify may have settled it since). */
  public Optional<PaymentRecord> current(String partnerReferenceNo) {
    return journal.payment(partnerReferenceNo);
  }

  /** What the journal's state of a payment means to the checkout. */
  public static PaymentOutcome outcomeOf(PaymentRecord r) {
    return switch (r.state()) {
      case APPROVED -> new PaymentOutcome.Approved(r);
      case NOT_SENT -> new PaymentOutcome.NotSent(r, r.responseMessage());
      case SENDING, UNKNOWN -> new PaymentOutcome.Pending(r, r.responseMessage());
      case DECLINED, CANCELLED, REFUNDED -> new PaymentOutcome.Declined(r);
    };
  }

  /** Validates, then pays. {@link InputProblem} means nothing was written and nothing was sent. */
  public PaymentOutcome pay(String amountText, String qrContent, ScannerInfo scanner) throws InputProblem {
    BigDecimal amount = Money.parse(amountText);
    if (amount.compareTo(profile.maxAmount()) > 0) {
      throw new InputProblem("amount.overLimit", Money.rupiah(amount), Money.rupiah(profile.maxAmount()));
    }
    String qr = qrCheck.check(qrContent);
    return pay(amount, qr, scanner == null ? profile.defaultScanner() : scanner);
  }

  private PaymentOutcome pay(BigDecimal amount, String qr, ScannerInfo scanner) throws InputProblem {
    String ref = references.next("P");
    PaymentRequest request = request(ref, amount, qr, scanner);
    // Checked against the spec's table before the intent is written: a request the client would
    // refuse to send must not leave a row behind (e.g. a merchant name configured too long).
    var violation = request.violation();
    if (violation.isPresent()) {
      throw new InputProblem("request.invalid", violation.get().message());
    }
    String qrHash = Signatures.bodyHash(qr.getBytes(StandardCharsets.UTF_8));
    // In flight before the intent exists, so the sync worker never takes over a row this process sends.
    inFlight.begin("P" + ref);
    try {
      journal.recordPaymentIntent(ref, amount, profile.currency(), qrHash, profile.terminalId(), profile.training());
      log.info("payment {} amount {} {} qr sha256 {}", ref, amount, profile.currency(), qrHash);
      Checkpoint.reached(Checkpoint.PAYMENT_INTENT);
      CallOutcome<PaymentResponse> outcome = snap.payment(request);
      Checkpoint.reached(Checkpoint.PAYMENT_ANSWERED);
      PaymentOutcome settled = settle(ref, outcome);
      if (settled instanceof PaymentOutcome.Pending) {
        whenPending.run();
      }
      return settled;
    } finally {
      inFlight.end("P" + ref);
    }
  }

  private PaymentOutcome settle(String ref, CallOutcome<PaymentResponse> outcome) {
    calls.record(ref, "PAYMENT", null, outcome);
    if (outcome instanceof CallOutcome.NotSent<PaymentResponse> n) {
      move(ref, PaymentState.NOT_SENT, null, null, n.reason());
      return new PaymentOutcome.NotSent(row(ref), n.reason());
    }
    if (outcome instanceof CallOutcome.Unknown<PaymentResponse> u) {
      move(ref, PaymentState.UNKNOWN, null, null, u.reason());
      return new PaymentOutcome.Pending(row(ref), u.reason());
    }
    var a = (CallOutcome.Answered<PaymentResponse>) outcome;
    String code = a.code().toString();
    String referenceNo = a.body() == null ? null : a.body().referenceNo();
    switch (ResponseClass.of(a.code())) {
      case SUCCESS -> {
        move(ref, PaymentState.APPROVED, referenceNo, code, a.message());
        return new PaymentOutcome.Approved(row(ref));
      }
      case FINAL_FAILURE -> {
        move(ref, PaymentState.DECLINED, referenceNo, code, a.message());
        return new PaymentOutcome.Declined(row(ref));
      }
      default -> {
        move(ref, PaymentState.UNKNOWN, referenceNo, code, a.message());
        return new PaymentOutcome.Pending(row(ref), code + " " + a.message());
      }
    }
  }

  private void move(String ref, PaymentState to, String referenceNo, String code, String message) {
    if (journal.transition(ref, PaymentState.SENDING, to, referenceNo, code, message)) {
      return;
    }
    // A notify settled it first (the provider may notify before its answer reaches us). Its state
    // stands; if the answer agrees, the answer's own code and message replace the notify's, since
    // they are what the cashier must read (e.g. "insufficient funds", not the notify's receipt).
    if (journal.recordAnswer(ref, to, referenceNo, code, message)) {
      log.info("payment {} was settled by a notify first; its answer agrees and is recorded", ref);
    } else {
      log.warn("payment {} was settled by another path as {}; its answer ({} {}) says {}", ref,
          journal.payment(ref).map(PaymentRecord::state).orElse(null), code, message, to);
    }
  }

  /** The spec makes expiryTime mandatory: how long the provider may take to complete this payment. */
  private String expiryTime() {
    return SnapTimestamps.format(OffsetDateTime.now(clock.withZone(profile.zone())).plus(PAYMENT_VALIDITY));
  }

  private PaymentRecord row(String ref) {
    return journal.payment(ref).orElseThrow();
  }

  private PaymentRequest request(String ref, BigDecimal amount, String qr, ScannerInfo scanner) {
    return new PaymentRequest(ref, qr, Amount.of(amount, profile.currency()), null, profile.merchantId(),
        profile.subMerchantId(), null, expiryTime(), null, profile.externalStoreId(), profile.merchantName(),
        profile.merchantLocation(), profile.acquirerName(), profile.terminalId(), scanner, null);
  }
}
