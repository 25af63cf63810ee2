package id.cpmpos.ui.receipt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.receipt.PrinterSpec;
import id.cpmpos.terminal.PaymentHistory;
import id.cpmpos.testing.SandboxFixture;
import id.cpmpos.testing.Terminals;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Receipts printed from the screens, without a stage: ESC/POS to a {@code file:} printer from the
 * real journal of a payment made against the sandbox; a printer failure is said and changes nothing.
 */
class ReceiptPrintingTest {
  static final byte[] INIT = {0x1B, 0x40};
  static final byte[] FULL_CUT = {0x1D, 0x56, 0x30};
  final Executor direct = Runnable::run;

  @TempDir Path dir;
  SandboxFixture fixture;
  TerminalContext terminal;
  String ref;

  @BeforeEach
  void pay() throws Exception {
    fixture = new SandboxFixture(dir.resolve("sbx"));
    fixture.override("ui.language", "en");
    terminal = TerminalContext.open(fixture.config, Clock.systemUTC());
    ref = Terminals.paid(terminal, fixture, "25000");
  }

  @AfterEach
  void close() {
    terminal.close();
    fixture.close();
  }

  ReceiptPrinting printing(Path printer) {
    return new ReceiptPrinting(terminal.receipts(), terminal.messages(),
        printer == null ? null : PrinterSpec.parse("file:" + printer), direct, direct);
  }

  static void assertEscPos(byte[] bytes) {
    assertArrayEquals(INIT, Arrays.copyOfRange(bytes, 0, 2), "starts with ESC @");
    assertArrayEquals(FULL_CUT, Arrays.copyOfRange(bytes, bytes.length - 3, bytes.length), "ends with a full cut");
  }

  @Test
  void thePaymentsReceiptGoesToTheConfiguredPrinter() throws Exception {
    Path paper = dir.resolve("printer.bin");
    List<ReceiptPrinting.Result> said = new ArrayList<>();
    ReceiptPrinting p = printing(paper);
    p.print(p.choices(terminal.history().entry(ref).orElseThrow()).get(0), said::add);

    assertEquals(List.of(new ReceiptPrinting.Result(true, "Receipt printed (file:" + paper + ").")), said);
    byte[] bytes = Files.readAllBytes(paper);
    assertEscPos(bytes);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    assertTrue(text.contains(ref) && text.contains("Rp 25.000") && text.contains("QRIS PAYMENT"), text);
  }

  @Test
  void aPrinterThatCannotBeWrittenIsSaidAndThePaymentStaysApproved() throws Exception {
    Path missing = dir.resolve("no-such-dir").resolve("printer.bin");
    List<ReceiptPrinting.Result> said = new ArrayList<>();
    ReceiptPrinting p = printing(missing);
    p.print(new ReceiptPrinting.Choice(ref, null, ""), said::add);

    assertEquals(1, said.size());
    assertFalse(said.get(0).printed());
    assertTrue(said.get(0).text().startsWith("Receipt not printed: printer file:" + missing + " cannot be written: "),
        said.get(0).text());
    assertEquals(PaymentState.APPROVED, terminal.journal().payments().find(ref).orElseThrow().state());
  }

  @Test
  void aRefundHasAReceiptOfItsOwnAndACancelledSaleTheCancelsReceipt() throws Exception {
    Terminals.setPin(terminal);
    String refundNo = terminal.reversals().refund(ref, "10000.00", "one item back", Terminals.PIN.toCharArray())
        .key();
    ReceiptPrinting p = printing(dir.resolve("refund.bin"));
    List<ReceiptPrinting.Choice> choices = p.choices(terminal.history().entry(ref).orElseThrow());
    assertEquals(List.of("Payment receipt", "Refund receipt Rp 10.000 (" + refundNo + ")"),
        choices.stream().map(ReceiptPrinting.Choice::label).toList());
    p.print(choices.get(1), r -> assertTrue(r.printed(), r.text()));
    String text = new String(Files.readAllBytes(dir.resolve("refund.bin")), StandardCharsets.ISO_8859_1);
    assertTrue(text.contains("QRIS REFUND") && text.contains(refundNo) && text.contains("Rp 10.000"), text);

    String other = Terminals.paid(terminal, fixture, "5000");
    terminal.reversals().cancel(other, "wrong item", Terminals.PIN.toCharArray());
    PaymentHistory.Entry cancelled = terminal.history().entry(other).orElseThrow();
    assertEquals(List.of("Cancellation receipt"), p.choices(cancelled).stream().map(ReceiptPrinting.Choice::label)
        .toList());
    assertTrue(String.join("\n", p.lines(p.choices(cancelled).get(0))).contains("QRIS CANCELLATION"));
  }

  @Test
  void theSaleJustApprovedPrintsByItselfWhenAutoPrintIsOnAndCanBePrintedAgainAfterAFailure() throws Exception {
    Path shelf = dir.resolve("shelf");
    Path paper = shelf.resolve("printer.bin");
    SaleReceipt sale = new SaleReceipt(printing(paper), true, terminal.messages());
    sale.approved(terminal.journal().payments().find(ref).orElseThrow());
    assertTrue(sale.statusProperty().get().startsWith("Receipt not printed: "), sale.statusProperty().get());
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
  void withAutoPrintOffNothingIsPrintedUntilAsked() throws Exception {
    Path paper = dir.resolve("printer.bin");
    SaleReceipt sale = new SaleReceipt(printing(paper), false, terminal.messages());
    sale.approved(terminal.journal().payments().find(ref).orElseThrow());
    assertFalse(Files.exists(paper));
    assertTrue(sale.canPrintProperty().get());
    assertEquals("Print receipt", sale.actionProperty().get());

    SaleReceipt noPrinter = new SaleReceipt(printing(null), true, terminal.messages());
    noPrinter.approved(terminal.journal().payments().find(ref).orElseThrow());
    assertFalse(noPrinter.canPrintProperty().get(), "no printer configured: nothing to press");
    assertEquals("", noPrinter.statusProperty().get());
  }
}
