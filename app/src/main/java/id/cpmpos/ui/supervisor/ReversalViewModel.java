package id.cpmpos.ui.supervisor;

import id.cpmpos.i18n.Messages;
import id.cpmpos.journal.ActionState;
import id.cpmpos.snap.ResponseCatalogue;
import id.cpmpos.snap.ResponseCode;
import id.cpmpos.terminal.CashierAmount;
import id.cpmpos.terminal.InputProblem;
import id.cpmpos.terminal.Money;
import id.cpmpos.terminal.PaymentHistory;
import id.cpmpos.terminal.ReversalOutcome;
import id.cpmpos.terminal.SupervisorPin;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A supervisor's refund or cancel of one payment, behind the PIN. The PIN arrives as a char array,
 * goes to the use case off the UI thread and is wiped there, whatever happens; it is never
 * logged or shown. A refused input (wrong PIN, too large an amount) keeps the dialog open with the
 * reason; anything the provider decided, or a reversal queued for later, ends it with a result.
 */
public final class ReversalViewModel {
  private static final Logger log = LoggerFactory.getLogger(ReversalViewModel.class);

  public enum Kind {
    REFUND, CANCEL
  }

  /** How it ended: done, refused by the provider, or queued (the sync finishes it). */
  public enum Result {
    DONE, REJECTED, PENDING
  }

  /** The outcome in the cashier's words. */
  public record Outcome(Result result, String text) {}

  private final Kind kind;
  private final PaymentHistory.Entry entry;
  private final ReversalDesk desk;
  private final Messages messages;

  private final StringProperty amount = new SimpleStringProperty("");
  private final StringProperty reason = new SimpleStringProperty("");
  private final StringProperty problem = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>();

  ReversalViewModel(Kind kind, PaymentHistory.Entry entry, ReversalDesk desk) {
    this.kind = kind;
    this.entry = entry;
    this.desk = desk;
    this.messages = desk.messages();
    if (kind == Kind.REFUND) {
      amount.set(Money.grouped(entry.refundable())); // as the cashier types amounts: 25.000
    }
  }

  /** The supervisor sessions this dialog's session belongs to (it closes when idle). */
  public SupervisorSessions sessions() {
    return desk.sessions();
  }

  public Kind kind() {
    return kind;
  }

  /** False until a supervisor PIN is set: the dialog then says how to set one instead. */
  public boolean pinIsSet() {
    return desk.pin().isSet();
  }

  /** The payment in one line, for the dialog's header. */
  public String summary() {
    var p = entry.payment();
    String key = kind == Kind.REFUND ? "reversal.refund.header" : "reversal.cancel.header";
    return messages.get(key, p.partnerReferenceNo(), desk.formats().money(p.currency(), p.amount()),
        desk.formats().money(p.currency(), entry.refundable()));
  }

  /**
   * Checks the PIN and sends the reversal, off the UI thread. {@code supervisorPin} is wiped once
   * used; the caller must not keep a copy. Ignored while one is in flight.
   */
  public void submit(char[] supervisorPin) {
    if (busy.get() || outcome.get() != null) {
      SupervisorPin.wipe(supervisorPin);
      return;
    }
    busy.set(true);
    problem.set("");
    String ref = entry.payment().partnerReferenceNo();
    String amountText = amount.get() == null ? "" : amount.get().strip();
    String why = reason.get() == null || reason.get().isBlank() ? null : reason.get().strip();
    desk.tasks().call(() -> {
      try {
        return kind == Kind.REFUND
            ? desk.reversals().refund(ref, CashierAmount.parse(amountText).toPlainString(), why,
                supervisorPin)
            : desk.reversals().cancel(ref, why, supervisorPin);
      } finally {
        SupervisorPin.wipe(supervisorPin);
      }
    }, o -> {
      busy.set(false);
      outcome.set(describe(o));
    }, e -> {
      busy.set(false);
      if (e instanceof InputProblem p) {
        problem.set(messages.get(
            p.messageKey().equals("pin.required") ? "reversal.pinRequired" : p.messageKey(),
            p.args()));
      } else {
        log.error("{} of {} failed unexpectedly", kind, ref, e);
        problem.set(messages.get("reversal.failed"));
      }
    });
  }

  private Outcome describe(ReversalOutcome o) {
    String what = messages.get(kind == Kind.REFUND ? "reversal.refund" : "reversal.cancel");
    var p = o.payment();
    if (o.state() == ActionState.SUCCEEDED) {
      String detail = kind == Kind.REFUND
          ? messages.get("reversal.done.refund", amountShown(p.currency()), p.partnerReferenceNo())
          : messages.get("reversal.done.cancel", desk.formats().money(p.currency(), p.amount()),
              p.partnerReferenceNo());
      return new Outcome(Result.DONE, detail);
    }
    if (o.state() == ActionState.REJECTED) {
      String cashier = ResponseCode.parse(o.responseCode())
          .map(code -> ResponseCatalogue.standard().cashierMessage(code, messages.locale()))
          .orElse(o.responseMessage());
      return new Outcome(Result.REJECTED, messages.get("reversal.rejected", what, cashier,
          o.responseCode() == null ? "–" : o.responseCode(),
          o.responseMessage() == null ? "–" : o.responseMessage()));
    }
    // Named by the history's own header: what still waits is shown under the payment's state.
    return new Outcome(Result.PENDING,
        messages.get("reversal.pending", what, p.partnerReferenceNo(),
            messages.get("history.col.state")));
  }

  private String amountShown(String currency) {
    try {
      return desk.formats().money(currency, CashierAmount.parse(amount.get()));
    } catch (InputProblem e) {
      return amount.get(); // it was accepted a moment ago: this cannot happen
    }
  }

  public StringProperty amountProperty() {
    return amount;
  }

  public StringProperty reasonProperty() {
    return reason;
  }

  /** Why the last try was refused before anything was sent (wrong PIN, bad amount); empty otherwise. */
  public StringProperty problemProperty() {
    return problem;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public ObjectProperty<Outcome> outcomeProperty() {
    return outcome;
  }
}
