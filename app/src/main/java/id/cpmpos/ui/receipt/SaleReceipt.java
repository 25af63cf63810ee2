package id.cpmpos.ui.receipt;

import id.cpmpos.i18n.Messages;
import id.cpmpos.journal.PaymentRecord;
import java.util.function.BooleanSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The receipt of the sale just approved, under the checkout's result: printed at once when
 * {@code receipt.autoPrint} is on, else (or after a failure) one press away. Whatever the printer
 * does, the sale stays approved: this only says whether the paper came out.
 */
public final class SaleReceipt {
  private final ReceiptPrinting printing;
  private final BooleanSupplier autoPrint;
  private final Messages messages;
  private final StringProperty status = new SimpleStringProperty("");
  private final BooleanProperty canPrint = new SimpleBooleanProperty();
  private final StringProperty action = new SimpleStringProperty("");
  /** The approved payment shown; null once the next sale starts. */
  private String ref;

  /** @param autoPrint whether {@code receipt.autoPrint} is on now: the settings screen changes it live */
  public SaleReceipt(ReceiptPrinting printing, BooleanSupplier autoPrint, Messages messages) {
    this.printing = printing;
    this.autoPrint = autoPrint;
    this.messages = messages;
  }

  /** A payment was approved on screen; call on the UI thread. */
  public void approved(PaymentRecord payment) {
    ref = payment.partnerReferenceNo();
    status.set("");
    action.set(messages.get("receipt.print"));
    if (autoPrint.getAsBoolean() && printing.hasPrinter()) {
      print();
    } else {
      canPrint.set(printing.hasPrinter());
    }
  }

  /** Prints (again) the approved sale's receipt on the configured printer. */
  public void print() {
    String printingRef = ref;
    if (printingRef == null || !printing.hasPrinter()) {
      return;
    }
    canPrint.set(false);
    status.set(messages.get("receipt.printing"));
    printing.print(new ReceiptPrinting.Choice(printingRef, null, ""), result -> {
      if (printingRef.equals(ref)) { // the cashier has not moved on to the next sale meanwhile
        status.set(result.text());
        action.set(messages.get("receipt.reprint"));
        canPrint.set(true);
      }
    });
  }

  /** The next sale started (or the result was put away): nothing about the last receipt stays. */
  public void clear() {
    ref = null;
    status.set("");
    canPrint.set(false);
  }

  /** "Receipt printed (…)", "Receipt not printed: …", or empty. */
  public StringProperty statusProperty() {
    return status;
  }

  /** Whether the print button is offered (a printer is configured and nothing is printing). */
  public BooleanProperty canPrintProperty() {
    return canPrint;
  }

  /** The button's words: print, or reprint after an attempt. */
  public StringProperty actionProperty() {
    return action;
  }
}
