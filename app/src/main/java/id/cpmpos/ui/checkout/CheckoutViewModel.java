package id.cpmpos.ui.checkout;

import id.cpmpos.i18n.Messages;
import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.snap.ResponseCatalogue;
import id.cpmpos.snap.ResponseCode;
import id.cpmpos.terminal.InputProblem;
import id.cpmpos.terminal.PaymentOutcome;
import id.cpmpos.terminal.PaymentService;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checkout's state and actions, without a stage: the view binds to it. Payments run on the
 * injected background executor; results come back through the injected UI executor (tests pass
 * direct executors and need no sleeps).
 */
public final class CheckoutViewModel {
  private static final Logger log = LoggerFactory.getLogger(CheckoutViewModel.class);

  private final PaymentService payments;
  private final Messages messages;
  private final Executor background;
  private final Executor ui;

  private final StringProperty amount = new SimpleStringProperty("");
  private final StringProperty scan = new SimpleStringProperty("");
  private final ObjectProperty<CheckoutPhase> phase = new SimpleObjectProperty<>(CheckoutPhase.READY);
  private final StringProperty headline = new SimpleStringProperty();
  private final StringProperty detail = new SimpleStringProperty("");
  private final BooleanBinding working = Bindings.equal(phase, CheckoutPhase.WORKING);

  public CheckoutViewModel(PaymentService payments, Messages messages, Executor background, Executor ui) {
    this.payments = payments;
    this.messages = messages;
    this.background = background;
    this.ui = ui;
    headline.set(messages.get("checkout.ready"));
    // A new amount after a finished sale starts the next one.
    amount.addListener((obs, old, now) -> {
      if (!now.isEmpty() && phase.get() != CheckoutPhase.WORKING && phase.get() != CheckoutPhase.READY) {
        show(CheckoutPhase.READY, messages.get("checkout.ready"), "");
      }
    });
  }

  /** Sends the payment for the current amount and scan. Ignored while one is in flight. */
  public void pay() {
    if (working.get()) {
      return;
    }
    String amountText = amount.get();
    String qr = scan.get();
    show(CheckoutPhase.WORKING, messages.get("checkout.working"), "");
    background.execute(() -> {
      try {
        PaymentOutcome outcome = payments.pay(amountText, qr, null);
        ui.execute(() -> show(outcome));
      } catch (InputProblem p) {
        ui.execute(() -> {
          scan.set("");
          show(CheckoutPhase.INVALID, messages.get("checkout.invalid"), messages.get(p.messageKey(), p.args()));
        });
      } catch (RuntimeException e) {
        log.error("payment failed unexpectedly", e);
        ui.execute(() -> show(CheckoutPhase.PENDING, messages.get("checkout.pending"), e.getMessage()));
      }
    });
  }

  private void show(PaymentOutcome outcome) {
    PaymentRecord r = outcome.record();
    scan.set("");
    if (outcome instanceof PaymentOutcome.Approved) {
      amount.set("");
      show(CheckoutPhase.APPROVED, messages.get("checkout.approved"),
          messages.get("checkout.approved.detail", rupiah(r.amount()), r.referenceNo()));
    } else if (outcome instanceof PaymentOutcome.Declined) {
      show(CheckoutPhase.DECLINED, messages.get("checkout.declined"),
          messages.get("checkout.declined.detail", cashierMessage(r), r.responseCode(), r.responseMessage()));
    } else if (outcome instanceof PaymentOutcome.Pending) {
      amount.set("");
      show(CheckoutPhase.PENDING, messages.get("checkout.pending"),
          messages.get("checkout.pending.detail", r.partnerReferenceNo()));
    } else {
      show(CheckoutPhase.NOT_SENT, messages.get("checkout.notSent"), messages.get("checkout.notSent.detail"));
    }
  }

  /** What the cashier should tell the customer, from the response-code catalogue; the provider's words as a fallback. */
  private String cashierMessage(PaymentRecord r) {
    return ResponseCode.parse(r.responseCode())
        .map(code -> ResponseCatalogue.standard().cashierMessage(code, messages.locale()))
        .orElse(r.responseMessage());
  }

  /** 25000.00 as a cashier reads it: 25.000,00 in Bahasa Indonesia, 25,000.00 in English. */
  private String rupiah(java.math.BigDecimal amount) {
    java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(messages.locale());
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    return f.format(amount);
  }

  private void show(CheckoutPhase p, String head, String text) {
    headline.set(head);
    detail.set(text);
    phase.set(p);
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

  public BooleanBinding workingProperty() {
    return working;
  }
}
