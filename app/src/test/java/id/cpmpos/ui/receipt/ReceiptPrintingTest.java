package id.cpmpos.ui.receipt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.i18n.Messages;
import id.cpmpos.journal.ActionState;
import id.cpmpos.journal.CancelRecord;
import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.receipt.PrinterSpec;
import id.cpmpos.receipt.Receipt;
import id.cpmpos.terminal.InputProblem;
import id.cpmpos.terminal.PaymentHistory;
import id.cpmpos.terminal.ReceiptSource;
import id.cpmpos.testing.Records;
import id.cpmpos.ui.TaskExecutor;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Receipts printed from the screens, without a stage: ESC/POS to a {@code file:} printer, for receipts
 * as the journal would render them (Receipts, tested with the journal: ReceiptCommandIT); a printer
 * failure is said and changes nothing.
 */
class ReceiptPrintingTest {
  static final byte[] INIT = {0x1B, 0x40};
  static final byte[] FULL_CUT = {0x1D, 0x56, 0x30};
  final Messages en = Messages.forLanguage("en");
  final TaskExecutor direct = new TaskExecutor(Runnable::run, Runnable::run);
  final PaymentRecord paid = Records.approved("P1", "25000");

  /** The journal's receipts of P1: the sale's, and its refund R1's. */
  final ReceiptSource receipts = (ref, refundNo) -> {
    if (!ref.equals("P1") || (refundNo != null && !refundNo.equals("R1"))) {
      throw new InputProblem("payment.unknown", ref);
    }
    return refundNo == null
        ? new Receipt(Receipt.Kind.PAYMENT, "Toko Demo", "Jakarta", "T1", "Sari", Records.AT,
            paid.amount(), "IDR",
            "P1", "SBXP1", null, null, "APPROVED", false)
        : new Receipt(Receipt.Kind.REFUND, "Toko Demo", "Jakarta", "T1", "Sari", Records.AT,
            new BigDecimal("10000.00"), "IDR", "P1", "SBXP1", "R1", "SBXRR1", "REFUND_SUCCEEDED",
            false);
  };

  @TempDir Path dir;

  ReceiptPrinting printing(Path printer) {
    return new ReceiptPrinting(receipts, en,
        () -> printer == null ? null : PrinterSpec.parse("file:" + printer),
        direct);
  }

  static void assertEscPos(byte[] bytes) {
    assertArrayEquals(INIT, Arrays.copyOfRange(bytes, 0, 2), "starts with ESC @");
    assertArrayEquals(FULL_CUT, Arrays.copyOfRange(bytes, bytes.length - 3, bytes.length),
        "ends with a full cut");
  }

  @Test
  void thePaymentsReceiptGoesToTheConfiguredPrinter() throws Exception {
    Path paper = dir.resolve("printer.bin");
    List<ReceiptPrinting.Result> said = new ArrayList<>();
    ReceiptPrinting p = printing(paper);
    p.print(p.choices(new PaymentHistory.Entry(paid, List.of(), Optional.empty())).get(0),
        said::add);

    assertEquals(List.of(new ReceiptPrinting.Result(true, "Receipt printed (file:" + paper + ").")),
        said);
    byte[] bytes = Files.readAllBytes(paper);
    assertEscPos(bytes);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    assertTrue(text.contains("P1") && text.contains("Rp 25.000") && text.contains("QRIS PAYMENT"),
        text);
  }

  @Test
  void aPrinterThatCannotBeWrittenIsSaid() {
    Path missing = dir.resolve("no-such-dir").resolve("printer.bin");
    List<ReceiptPrinting.Result> said = new ArrayList<>();
    printing(missing).print(new ReceiptPrinting.Choice("P1", null, ""), said::add);

    assertEquals(1, said.size());
    assertFalse(said.get(0).printed());
    assertTrue(
        said.get(0).text()
            .startsWith("Receipt not printed: printer file:" + missing + " cannot be written: "),
        said.get(0).text());
  }

  @Test
  void aReceiptTheJournalDoesNotHaveIsSaidAndNothingIsPrinted() {
    Path paper = dir.resolve("printer.bin");
    List<ReceiptPrinting.Result> said = new ArrayList<>();
    printing(paper).print(new ReceiptPrinting.Choice("P9", null, ""), said::add);

    assertEquals(
        List.of(new ReceiptPrinting.Result(false,
            "Receipt not printed: " + en.get("payment.unknown", "P9"))),
        said);
    assertFalse(Files.exists(paper));
  }

  @Test
  void aRefundHasAReceiptOfItsOwnAndACancelledSaleTheCancelsReceipt() throws Exception {
    ReceiptPrinting p = printing(dir.resolve("refund.bin"));
    List<ReceiptPrinting.Choice> choices = p.choices(new PaymentHistory.Entry(paid,
        List.of(Records.refund("R1", paid, "10000", ActionState.SUCCEEDED)), Optional.empty()));
    assertEquals(List.of("Payment receipt", "Refund receipt Rp 10.000 (R1)"),
        choices.stream().map(ReceiptPrinting.Choice::label).toList());
    p.print(choices.get(1), r -> assertTrue(r.printed(), r.text()));
    String text = new String(Files.readAllBytes(dir.resolve("refund.bin")),
        StandardCharsets.ISO_8859_1);
    assertTrue(text.contains("QRIS REFUND") && text.contains("R1") && text.contains("Rp 10.000"),
        text);

    PaymentRecord cancelled = Records.answered(paid, PaymentState.CANCELLED, "2007700",
        "Successful");
    PaymentHistory.Entry entry = new PaymentHistory.Entry(cancelled, List.of(),
        Optional.of(new CancelRecord("P1",
            "wrong item", CancelRecord.Requester.SUPERVISOR, ActionState.SUCCEEDED, "2007700",
            "Successful", Records.AT,
            Records.AT)));
    assertEquals(List.of("Cancellation receipt"),
        p.choices(entry).stream().map(ReceiptPrinting.Choice::label)
            .toList());
  }

  @Test
  void theSaleJustApprovedPrintsByItselfWhenAutoPrintIsOnAndCanBePrintedAgainAfterAFailure()
      throws Exception {
    Path shelf = dir.resolve("shelf");
    Path paper = shelf.resolve("printer.bin");
    SaleReceipt sale = new SaleReceipt(printing(paper), () -> true, en);
    sale.approved(paid);
    assertTrue(sale.statusProperty().get().startsWith("Receipt not printed: "),
        sale.statusProperty().get());
    assertTrue(sale.canPrintProperty().get(), "a reprint is offered");
    assertEquals("Reprint receipt", sale.actionProperty().get());

    Files.createDirectories(shelf); // the printer is back
    sale.print();
    assertEquals("Receipt printed (file:" + paper + ").", sale.statusProperty().get());
    assertEscPos(Files.readAllBytes(paper));

    sale.clear(); // the next sale starts
    assertEquals("", sale.statusProperty().get());
    assertFalse(sale.canPrintProperty().get());
  }

  @Test
  void withAutoPrintOffNothingIsPrintedUntilAsked() {
    Path paper = dir.resolve("printer.bin");
    SaleReceipt sale = new SaleReceipt(printing(paper), () -> false, en);
    sale.approved(paid);
    assertFalse(Files.exists(paper));
    assertTrue(sale.canPrintProperty().get());
    assertEquals("Print receipt", sale.actionProperty().get());

    SaleReceipt noPrinter = new SaleReceipt(printing(null), () -> true, en);
    noPrinter.approved(paid);
    assertFalse(noPrinter.canPrintProperty().get(), "no printer configured: nothing to press");
    assertEquals("", noPrinter.statusProperty().get());
  }

  @Test
  void autoPrintAndThePrinterAreReadAtEachSaleSoASettingSavedMeanwhileApplies() throws Exception {
    AtomicBoolean autoPrint = new AtomicBoolean(false);
    AtomicReference<PrinterSpec> printer = new AtomicReference<>();
    SaleReceipt sale = new SaleReceipt(new ReceiptPrinting(receipts, en, printer::get, direct),
        autoPrint::get, en);
    sale.approved(paid);
    assertFalse(sale.canPrintProperty().get(), "no printer yet");

    Path paper = dir.resolve("printer.bin");
    printer.set(PrinterSpec.parse("file:" + paper)); // the supervisor saved a printer and auto-print
    autoPrint.set(true);
    sale.approved(paid);

    assertEquals("Receipt printed (file:" + paper + ").", sale.statusProperty().get());
    assertEscPos(Files.readAllBytes(paper));
  }
}
