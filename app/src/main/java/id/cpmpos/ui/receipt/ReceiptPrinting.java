package id.cpmpos.ui.receipt;

import id.cpmpos.i18n.Messages;
import id.cpmpos.journal.ActionState;
import id.cpmpos.journal.RefundRecord;
import id.cpmpos.receipt.EscPosPrinter;
import id.cpmpos.receipt.PrinterSpec;
import id.cpmpos.receipt.ReceiptText;
import id.cpmpos.report.Rupiah;
import id.cpmpos.terminal.InputProblem;
import id.cpmpos.terminal.PaymentHistory;
import id.cpmpos.terminal.ReceiptSource;
import id.cpmpos.ui.TaskExecutor;
import java.nio.file.FileSystemException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receipts on paper from the screens: to the configured ESC/POS printer ({@code receipt.printer}),
 * always on a printing thread of its own (a printer that does not answer holds that thread for its
 * timeout, never the screen nor a payment), the result in the cashier's words on the UI thread. Printing
 * reads the journal and writes to the printer only: it never changes a payment.
 */
public final class ReceiptPrinting {
  private static final Logger log = LoggerFactory.getLogger(ReceiptPrinting.class);

  /** What the cashier is told; {@code printed} false when the paper did not come out. */
  public record Result(boolean printed, String text) {}

  /** One receipt a payment has: its own (or its cancel's) when {@code partnerRefundNo} is null, else a refund's. */
  public record Choice(String partnerReferenceNo, String partnerRefundNo, String label) {
    @Override
    public String toString() {
      return label; // what a choice box shows
    }
  }

  private final ReceiptSource receipts;
  private final Messages messages;
  private final Supplier<PrinterSpec> printer;
  private final TaskExecutor printing;

  /**
   * @param printer the printer configured now (the settings screen changes it live); null: no receipt
   *     printer at this counter (the system dialog still prints)
   * @param printing the printer's own thread, never the screens' background one
   */
  public ReceiptPrinting(ReceiptSource receipts, Messages messages, Supplier<PrinterSpec> printer,
      TaskExecutor printing) {
    this.receipts = receipts;
    this.messages = messages;
    this.printer = printer;
    this.printing = printing;
  }

  public boolean hasPrinter() {
    return printer.get() != null;
  }

  /** Sends the receipt to the configured printer; {@code done} hears how it went, on the UI executor. */
  public void print(Choice which, Consumer<Result> done) {
    PrinterSpec printer = this.printer.get();
    if (printer == null) {
      done.accept(new Result(false, messages.get("receipt.noPrinter")));
      return;
    }
    printing.run(() -> {
      EscPosPrinter.print(lines(which), printer);
      log.info("receipt of {} {} printed on {}", which.partnerReferenceNo(),
          which.partnerRefundNo() == null ? "" : which.partnerRefundNo(), printer);
    }, () -> done.accept(new Result(true, messages.get("receipt.printed", printer.toString()))),
        e -> done.accept(notPrinted(which, printer, e)));
  }

  private Result notPrinted(Choice which, PrinterSpec printer, Exception e) {
    if (e instanceof InputProblem p) {
      return new Result(false,
          messages.get("receipt.notPrinted", messages.get(p.messageKey(), p.args())));
    }
    log.warn("receipt of {} not printed on {}: {}", which.partnerReferenceNo(), printer,
        e.toString());
    return new Result(false, messages.get("receipt.notPrinted",
        messages.get("receipt.printerFailed", printer.toString(), reason(e))));
  }

  /** The receipt as the lines a thermal printer prints, for the system dialog's page too. */
  public List<String> lines(Choice which) throws InputProblem {
    return ReceiptText.lines(receipts.receipt(which.partnerReferenceNo(), which.partnerRefundNo()),
        messages::get);
  }

  /** The receipts a payment has: its own (the cancel's once cancelled), then each refund that was asked for. */
  public List<Choice> choices(PaymentHistory.Entry e) {
    String ref = e.payment().partnerReferenceNo();
    boolean cancelled = e.cancel().map(c -> c.state() == ActionState.SUCCEEDED).orElse(false);
    List<Choice> out = new ArrayList<>();
    out.add(new Choice(ref, null,
        messages.get(cancelled ? "receipt.choice.cancel" : "receipt.choice.payment")));
    for (RefundRecord r : e.refunds()) {
      out.add(new Choice(ref, r.partnerRefundNo(), messages.get("receipt.choice.refund",
          Rupiah.format(r.amount(), r.currency()), r.partnerRefundNo())));
    }
    return out;
  }

  /** A printer's failure in words: the file or port, and what the system said of it. */
  private static String reason(Exception e) {
    if (e instanceof FileSystemException f) {
      return f.getFile() + (f.getReason() == null ? "" : ": " + f.getReason()) + " ("
          + e.getClass().getSimpleName()
          + ")";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
