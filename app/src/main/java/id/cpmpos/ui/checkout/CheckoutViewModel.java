package id.cpmpos.ui.checkout;

import id.cpmpos.i18n.Messages;
import id.cpmpos.journal.JournalException;
import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.scanner.ContentHash;
import id.cpmpos.scanner.ScanEvent;
import id.cpmpos.scanner.ScanListener;
import id.cpmpos.scanner.ScannerDescription;
import id.cpmpos.scanner.ScannerStatus;
import id.cpmpos.scanner.wedge.CpmContent;
import id.cpmpos.terminal.CashierAmount;
import id.cpmpos.terminal.InputProblem;
import id.cpmpos.terminal.Money;
import id.cpmpos.terminal.PaymentOutcome;
import id.cpmpos.terminal.PaymentReversals;
import id.cpmpos.terminal.PaymentService;
import id.cpmpos.terminal.Payments;
import id.cpmpos.ui.TaskExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checkout's state and actions, without a stage: the view binds to it. Payments run through the
 * injected {@link TaskExecutor}, results come back on its UI side (tests pass direct executors and a
 * small {@link Payments} of their own, and need no sleeps).
 */
public final class CheckoutViewModel {
  private static final Logger log = LoggerFactory.getLogger(CheckoutViewModel.class);

  private final Payments payments;
  private final PaymentReversals reversals;
  private final Messages messages;
  private final TaskExecutor tasks;

  private final StringProperty amount = new SimpleStringProperty("");
  private final StringProperty scan = new SimpleStringProperty("");
  private final ObjectProperty<CheckoutPhase> phase = new SimpleObjectProperty<>(
      CheckoutPhase.READY);
  private final StringProperty headline = new SimpleStringProperty();
  private final StringProperty detail = new SimpleStringProperty("");
  private final BooleanBinding working = Bindings.equal(phase, CheckoutPhase.WORKING);
  /** Who read what is in the scan field; null when it was typed or pasted by hand. */
  private ScannerDescription scannedBy;
  private boolean settingScan;
  private final BooleanProperty awaitingAmount = new SimpleBooleanProperty();
  private final ScannerLine scanners;
  /** The payment shown with its outcome unknown (the cashier may abandon it, the sync may settle it). */
  private final StringProperty pendingRef = new SimpleStringProperty();
  /** When the payment shown as pending will have a certain outcome; null when none is shown. */
  private OffsetDateTime certainBy;
  /** "Outcome certain in 2:35…": what the cashier and the customer wait for; empty unless pending. */
  private final StringProperty countdown = new SimpleStringProperty("");
  private final Clock clock;
  private final BooleanBinding canAbandon;
  /** Told of every payment this screen shows approved, on the UI executor (the receipt printer listens). */
  private Consumer<PaymentRecord> approved = r -> {};

  /**
   * @param reversals lets a payment left pending be abandoned (a cancel is queued); null: no abandon
   * @param clock times the pending payment's countdown (see {@link #tick()})
   */
  public CheckoutViewModel(Payments payments, PaymentReversals reversals, Messages messages,
      Clock clock,
      TaskExecutor tasks) {
    this.clock = clock;
    this.payments = payments;
    this.reversals = reversals;
    this.canAbandon = Bindings.equal(phase, CheckoutPhase.PENDING).and(pendingRef.isNotNull())
        .and(Bindings.createBooleanBinding(() -> reversals != null));
    this.messages = messages;
    this.scanners = new ScannerLine(messages);
    this.tasks = tasks;
    headline.set(messages.get("checkout.ready"));
    // A new amount after a finished sale starts the next one.
    amount.addListener((obs, old, now) -> {
      if (!now.isEmpty() && phase.get() != CheckoutPhase.WORKING
          && phase.get() != CheckoutPhase.READY) {
        show(CheckoutPhase.READY, messages.get("checkout.ready"), "");
      }
    });
    scan.addListener((obs, old, now) -> {
      if (!settingScan) {
        scannedBy = null; // the cashier typed or pasted: no scanner read this
      }
    });
  }

  /** What the view model hears from the scanner hub, moved onto the UI executor. */
  public ScanListener scanListener() {
    return new ScanListener() {
      @Override
      public void onScan(ScanEvent event) {
        tasks.onUi(() -> scanned(event));
      }

      @Override
      public void onStatus(ScannerDescription scanner, ScannerStatus status) {
        tasks.onUi(() -> scannerStatus(scanner, status));
      }
    };
  }

  /**
   * A scanner read a code: it goes into the scan field with its source, and is paid at once if the
   * amount is there; if not, the cashier is asked for the amount and Enter pays. Ignored while a
   * payment is in flight: the customer's next code must not start a second one.
   */
  public void scanned(ScanEvent event) {
    if (working.get()) {
      log.info("scan ignored while a payment is in flight: {}", event);
      return;
    }
    settingScan = true;
    try {
      scan.set(event.content());
      scannedBy = event.source();
    } finally {
      settingScan = false;
    }
    if (amount.get() == null || amount.get().isBlank()) {
      awaitingAmount.set(true);
      show(CheckoutPhase.READY, messages.get("checkout.scanned.enterAmount"), "");
      return;
    }
    pay();
  }

  /** A scanner's state changed: the status line names each scanner and how it is. */
  public void scannerStatus(ScannerDescription scanner, ScannerStatus status) {
    scanners.update(scanner, status);
  }

  /**
   * A customer's code that ended up in the amount field (pasted there, or a scan whose keys the wedge
   * could not take back) is moved to the scan field, leaving the cashier's digits: a QR is never
   * read as an amount nor shown in an amount error. True when there was one.
   */
  public boolean takeScanOutOfAmount() {
    String text = amount.get() == null ? "" : amount.get();
    int[] code = CpmContent.find(text);
    if (code == null) {
      return false;
    }
    String content = text.substring(code[0], code[1]);
    amount.set((text.substring(0, code[0]) + text.substring(code[1])).strip());
    if (scan.get() == null || scan.get().isBlank()) {
      scan.set(content); // typed or pasted: no scanner to credit
    }
    log.info("a QR was in the amount field; moved to the scan ({})", ContentHash.of(content));
    return true;
  }

  /** Sends the payment for the current amount and scan. Ignored while one is in flight. */
  public void pay() {
    if (working.get()) {
      return;
    }
    takeScanOutOfAmount();
    if ((amount.get() == null || amount.get().isBlank()) && scan.get() != null
        && !scan.get().isBlank()) {
      awaitingAmount.set(true); // a QR without its amount: keep the QR, ask for the amount
      show(CheckoutPhase.READY, messages.get("checkout.scanned.enterAmount"), "");
      return;
    }
    String amountText = amount.get();
    String qr = scan.get();
    ScannerDescription source = scannedBy;
    awaitingAmount.set(false);
    show(CheckoutPhase.WORKING, messages.get("checkout.working"), "");
    // The cashier's notation (12.500, 25.000,50) becomes the machine's (12500.00) off the UI thread.
    tasks.call(
        () -> payments.payScanned(CashierAmount.parse(amountText).toPlainString(), qr, source),
        this::show, this::notPaid);
  }

  /** The payment threw instead of answering with an outcome. */
  private void notPaid(Exception e) {
    if (e instanceof InputProblem p) {
      scan.set("");
      show(CheckoutPhase.INVALID, messages.get("checkout.invalid"),
          messages.get(p.messageKey(), CashierWords.hidingCodes(p.args())));
    } else if (e instanceof JournalException j) {
      // Only before the request could leave: the service holds answers the journal refuses.
      log.error("payment not sent: the journal refused its intent ({})", j.problem(), j);
      show(CheckoutPhase.NOT_SENT, messages.get("checkout.notSent"),
          messages.get("checkout.journalNotSent",
              messages.get("journal.problem." + j.problem().name())));
    } else {
      log.error("payment failed unexpectedly", e);
      // In the cashier's language, never the exception's English: the request may have left.
      show(CheckoutPhase.PENDING, messages.get("checkout.pending"),
          messages.get("checkout.pending.unexpected"));
    }
  }

  private void show(PaymentOutcome outcome) {
    PaymentRecord r = outcome.record();
    scan.set("");
    if (outcome instanceof PaymentOutcome.Approved) {
      amount.set("");
      show(CheckoutPhase.APPROVED, messages.get("checkout.approved"),
          messages.get("checkout.approved.detail", Money.rupiah(r.amount()), r.referenceNo()));
      approved.accept(r);
    } else if (outcome instanceof PaymentOutcome.Declined) {
      show(CheckoutPhase.DECLINED, messages.get("checkout.declined"),
          messages.get("checkout.declined.detail", CashierWords.forCustomer(r, messages.locale()),
              r.responseCode(), r.responseMessage()));
    } else if (outcome instanceof PaymentOutcome.Pending p) {
      amount.set("");
      show(CheckoutPhase.PENDING, messages.get("checkout.pending"), p.unrecorded() == null
          ? messages.get("checkout.pending.detail", r.partnerReferenceNo())
          : messages.get("checkout.pending.unrecorded",
              messages.get("journal.problem." + p.unrecorded().name()),
              r.partnerReferenceNo()));
      pendingRef.set(r.partnerReferenceNo());
      certainBy = payments.outcomeCertainBy(r);
      tick(); // at once, not a second later
    } else if (outcome instanceof PaymentOutcome.NotCharged) {
      show(CheckoutPhase.NOT_CHARGED, messages.get("checkout.notCharged"),
          messages.get("checkout.notCharged.detail", r.partnerReferenceNo()));
    } else {
      show(CheckoutPhase.NOT_SENT, messages.get("checkout.notSent"),
          messages.get("checkout.notSent.detail"));
    }
  }

  /**
   * Looks again at the payment shown as pending: once the sync's query or the provider's notify has
   * settled it, the screen says how, so the cashier is not left reading "unknown" while the customer
   * waits. Safe to call from any thread; a screen that moved on is left alone.
   */
  public void refreshPending() {
    tasks.onUi(() -> {
      String ref = pendingRef.get();
      if (phase.get() != CheckoutPhase.PENDING || ref == null) {
        return;
      }
      tasks.call(() -> payments.current(ref).filter(r -> r.state().isFinal()),
          settled -> settled.ifPresent(r -> {
            if (phase.get() == CheckoutPhase.PENDING && ref.equals(pendingRef.get())) {
              show(PaymentService.outcomeOf(r));
            }
          }), e -> log.warn("cannot look again at {}: {}", ref, e.toString()));
    });
  }

  /**
   * The cashier gives up waiting for a pending payment: a cancel is queued so that, if it went
   * through after all, it is reversed. Only while the screen shows that payment as pending.
   */
  public void abandon() {
    String ref = pendingRef.get();
    if (!canAbandon.get() || ref == null) {
      return;
    }
    show(CheckoutPhase.WORKING, messages.get("checkout.abandoning"), "");
    tasks.run(() -> reversals.abandon(ref),
        () -> show(CheckoutPhase.ABANDONED, messages.get("checkout.abandoned"),
            messages.get("checkout.abandoned.detail", ref)),
        e -> {
          log.error("abandoning {} failed", ref, e);
          show(CheckoutPhase.PENDING, messages.get("checkout.pending"),
              messages.get("checkout.abandonFailed", ref));
        });
  }

  /**
   * Counts down to the moment the pending payment's outcome is certain; call it every second on the
   * UI thread. At zero the sync is asking the provider for the final answer.
   */
  public void tick() {
    if (phase.get() != CheckoutPhase.PENDING || certainBy == null) {
      countdown.set("");
      return;
    }
    long millis = Duration.between(clock.instant(), certainBy.toInstant()).toMillis();
    long seconds = (millis + 999) / 1000; // 0:00 only once the moment has come
    countdown.set(seconds <= 0
        ? messages.get("checkout.countdown.due")
        : messages.get("checkout.countdown", String.format("%d:%02d", seconds / 60, seconds % 60)));
  }

  private void show(CheckoutPhase p, String head, String text) {
    if (p != CheckoutPhase.PENDING && p != CheckoutPhase.WORKING) {
      pendingRef.set(null);
      certainBy = null;
      countdown.set("");
    }
    // The headline is what a reader (the cashier's eye, a screen reader, a test) takes as "the result is
    // here": the detail it summarises is set first, so it is never seen with the previous sale's detail.
    detail.set(text);
    headline.set(head);
    phase.set(p);
  }

  /**
   * Escape: the result on screen is put away and a code waiting for its amount is dropped; the
   * amount typed stays. A sale in flight or pending is never hidden: it is settled or abandoned.
   */
  public void clearResult() {
    if (working.get() || phase.get() == CheckoutPhase.PENDING) {
      return;
    }
    if (awaitingAmount.get()) {
      awaitingAmount.set(false);
      scan.set("");
    }
    show(CheckoutPhase.READY, messages.get("checkout.ready"), "");
  }

  /**
   * The cashier comes back to the checkout from another screen (F1): a finished sale's result is
   * not shown again as if it had just happened. A pending sale, or a code waiting for its amount,
   * stays.
   */
  public void forgetFinishedResult() {
    switch (phase.get()) {
      case APPROVED, DECLINED, NOT_SENT, INVALID, ABANDONED ->
        show(CheckoutPhase.READY, messages.get("checkout.ready"), "");
      default -> {
      }
    }
  }

  /** {@code then} hears of each payment shown approved, after the screen says so; it must not block. */
  public void onApproved(Consumer<PaymentRecord> then) {
    approved = approved.andThen(then);
  }

  /** True after a scan arrived before the amount: Enter in the amount field then pays. */
  public BooleanProperty awaitingAmountProperty() {
    return awaitingAmount;
  }

  /** One line naming every scanner and its state, e.g. "Kamera: tidak ada kamera · Pemindai USB: siap". */
  public StringProperty scannersProperty() {
    return scanners.text;
  }

  /** The webcam's latest status, for the preview panel. */
  public ObjectProperty<ScannerStatus> cameraProperty() {
    return scanners.camera;
  }

  public StringProperty amountProperty() {
    return amount;
  }

  public StringProperty scanProperty() {
    return scan;
  }

  public ObjectProperty<CheckoutPhase> phaseProperty() {
    return phase;
  }

  public StringProperty headlineProperty() {
    return headline;
  }

  public StringProperty detailProperty() {
    return detail;
  }

  /** Empty unless a pending payment is shown; then the time left until its outcome is certain. */
  public StringProperty countdownProperty() {
    return countdown;
  }

  public BooleanBinding canAbandonProperty() {
    return canAbandon;
  }

  public BooleanBinding workingProperty() {
    return working;
  }
}
