package id.cpmpos.ui.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.sandbox.Scenario;
import id.cpmpos.testing.SandboxFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checkout's behaviour without a stage: both executors run work on the calling thread. */
class CheckoutViewModelTest {
  @TempDir Path dir;
  SandboxFixture fixture;
  TerminalContext terminal;
  CheckoutViewModel vm;
  final Executor direct = Runnable::run;

  @BeforeEach
  void start() throws Exception {
    fixture = new SandboxFixture(dir);
    fixture.override("ui.language", "en");
    terminal = TerminalContext.open(fixture.config, Clock.systemUTC());
    vm = new CheckoutViewModel(terminal.payments(), terminal.messages(), direct, direct);
  }

  @AfterEach
  void stop() {
    terminal.close();
    fixture.close();
  }

  void sale(String amount, String qr) {
    vm.amountProperty().set(amount);
    vm.scanProperty().set(qr);
    vm.pay();
  }

  @Test
  void approvalShowsTheAmountAndReferenceAndClearsTheSale() {
    sale("25000", fixture.customerQr());

    assertEquals(CheckoutPhase.APPROVED, vm.phaseProperty().get());
    assertEquals("PAYMENT APPROVED", vm.headlineProperty().get());
    assertTrue(vm.detailProperty().get().startsWith("Rp 25.000 · Reference SBX"), vm.detailProperty().get());
    assertEquals("", vm.amountProperty().get());
    assertEquals("", vm.scanProperty().get());
  }

  @Test
  void aDeclineKeepsTheAmountForAnotherScanAndSaysWhy() {
    sale("25000", fixture.customerQr(Scenario.INSUFFICIENT_FUNDS));

    assertEquals(CheckoutPhase.DECLINED, vm.phaseProperty().get());
    assertEquals("The customer's balance is too low. Ask them to top up or pay another way.\n"
        + "4036014 · Insufficient Funds", vm.detailProperty().get());
    assertEquals("25000", vm.amountProperty().get());
    assertEquals("", vm.scanProperty().get());
  }

  @Test
  void badInputIsExplainedAndNothingIsJournaled() {
    sale("25.00.0", fixture.customerQr());

    assertEquals(CheckoutPhase.INVALID, vm.phaseProperty().get());
    assertTrue(vm.detailProperty().get().contains("12.500 or 12500"), vm.detailProperty().get());
    assertEquals(0, terminal.journal().payments().recent(10).size());
  }

  @Test
  void anAnswerTheLockedJournalRefusedIsShownAsPendingWithItsCauseNeverAsFailed() throws Exception {
    java.util.concurrent.atomic.AtomicReference<id.cpmpos.journal.JournalFaults.WriteLock> lock =
        new java.util.concurrent.atomic.AtomicReference<>();
    fixture.sandbox.beforeAnswering(service -> {
      if (service == id.cpmpos.snap.SnapService.PAYMENT) {
        try {
          lock.set(id.cpmpos.journal.JournalFaults.holdWriteLock(terminal.config().journalPath()));
        } catch (java.sql.SQLException e) {
          throw new IllegalStateException(e);
        }
      }
    });
    try {
      sale("25000", fixture.customerQr());
    } finally {
      lock.get().close();
    }

    assertEquals(CheckoutPhase.PENDING, vm.phaseProperty().get());
    assertEquals("OUTCOME NOT YET KNOWN", vm.headlineProperty().get());
    String detail = vm.detailProperty().get();
    assertTrue(detail.startsWith("Another process (e.g. sqlite3 or a backup) holds the journal's lock"), detail);
    assertTrue(detail.contains("Do not repeat the payment."), detail);
  }

  @Test
  void aLostAnswerIsShownAsPendingNeverAsFailed() {
    sale("25000", fixture.customerQr(Scenario.DROP));

    assertEquals(CheckoutPhase.PENDING, vm.phaseProperty().get());
    assertTrue(vm.detailProperty().get().startsWith("Do not repeat the payment"), vm.detailProperty().get());
  }

  @Test
  void typingTheNextAmountStartsTheNextSale() {
    sale("25000", fixture.customerQr());
    vm.amountProperty().set("1");
    assertEquals(CheckoutPhase.READY, vm.phaseProperty().get());
  }

  @Test
  void aSecondPayWhileOneIsInFlightIsIgnored() {
    List<Runnable> queued = new ArrayList<>();
    CheckoutViewModel slow = new CheckoutViewModel(terminal.payments(), terminal.messages(), queued::add, direct);
    slow.amountProperty().set("25000");
    slow.scanProperty().set(fixture.customerQr());
    slow.pay();
    slow.pay();

    assertEquals(1, queued.size(), "one payment in flight at a time");
    assertTrue(slow.workingProperty().get());
    queued.get(0).run();
    assertEquals(CheckoutPhase.APPROVED, slow.phaseProperty().get());
  }

  @Test
  void aPendingSaleOnScreenShowsItsResultOnceTheSyncSettlesIt() {
    sale("25000", fixture.customerQr(Scenario.DROP));
    assertEquals(CheckoutPhase.PENDING, vm.phaseProperty().get());
    vm.refreshPending();
    assertEquals(CheckoutPhase.PENDING, vm.phaseProperty().get(), "not settled yet: still pending");

    terminal.sync().runOnce(true);
    vm.refreshPending();

    assertEquals(CheckoutPhase.APPROVED, vm.phaseProperty().get());
    assertTrue(vm.detailProperty().get().startsWith("Rp 25.000 · Reference SBX"), vm.detailProperty().get());
  }

  @Test
  void aSettledPendingSaleDoesNotOverwriteTheNextSale() {
    sale("25000", fixture.customerQr(Scenario.DROP));
    terminal.sync().runOnce(true);
    vm.amountProperty().set("5000"); // the cashier moved on

    vm.refreshPending();

    assertEquals(CheckoutPhase.READY, vm.phaseProperty().get());
    assertEquals("5000", vm.amountProperty().get());
  }

  @Test
  void anAmountWrittenTheIndonesianWayIsPaidAsMeant() {
    sale("25.000,50", fixture.customerQr());

    assertEquals(CheckoutPhase.APPROVED, vm.phaseProperty().get(), vm.detailProperty().get());
    assertTrue(vm.detailProperty().get().startsWith("Rp 25.000,50 · Reference SBX"), vm.detailProperty().get());
    assertEquals("25000.50", terminal.journal().payments().recent(1).get(0).amount().toPlainString());

    sale("12.500", fixture.customerQr());
    assertEquals("12500.00", terminal.journal().payments().recent(1).get(0).amount().toPlainString());
  }

  @Test
  void aDotBeforeCentsIsRefusedWithTheWayToWriteItAndNothingIsSent() {
    sale("25000.50", fixture.customerQr());

    assertEquals(CheckoutPhase.INVALID, vm.phaseProperty().get());
    assertEquals("Cents come after a comma: 25000,50. Dots group thousands (12.500 is twelve thousand five hundred).",
        vm.detailProperty().get());
    assertEquals(List.of(), terminal.journal().payments().recent(10));
  }

  @Test
  void aSaleOverTheConfiguredLimitIsRefusedBeforeAnythingIsWritten() throws Exception {
    terminal.close();
    fixture.override("sale.maxAmount", "100000");
    terminal = TerminalContext.open(fixture.config, Clock.systemUTC());
    vm = new CheckoutViewModel(terminal.payments(), terminal.messages(), direct, direct);

    sale("150.000", fixture.customerQr());

    assertEquals(CheckoutPhase.INVALID, vm.phaseProperty().get());
    assertEquals("The amount Rp 150.000 is over the limit per sale (Rp 100.000). Split the payment, or ask a"
        + " supervisor to raise sale.maxAmount.", vm.detailProperty().get());
    assertEquals(List.of(), terminal.journal().payments().recent(10));

    sale("100.000", fixture.customerQr());
    assertEquals(CheckoutPhase.APPROVED, vm.phaseProperty().get(), "the limit itself is allowed");
  }

  @Test
  void aQrPastedIntoTheAmountFieldIsMovedToTheScanAndNeverShownInAnError() {
    String qr = fixture.customerQr();
    vm.amountProperty().set("25000" + qr);

    vm.pay();

    assertEquals(CheckoutPhase.APPROVED, vm.phaseProperty().get(), vm.detailProperty().get());
    assertEquals("25000.00", terminal.journal().payments().recent(1).get(0).amount().toPlainString());

    vm.amountProperty().set("25.0x0" + fixture.customerQr()); // a typo beside it: an error, without the QR
    vm.pay();
    assertEquals(CheckoutPhase.INVALID, vm.phaseProperty().get());
    assertTrue(!vm.detailProperty().get().contains("hQVDUFYwM"), vm.detailProperty().get());
  }

  @Test
  void aResultStaysUntilEscapeAndComingBackNeverShowsAnOldOne() {
    sale("25000", fixture.customerQr());
    assertEquals(CheckoutPhase.APPROVED, vm.phaseProperty().get());

    vm.clearResult();
    assertEquals(CheckoutPhase.READY, vm.phaseProperty().get());
    assertEquals("Enter the amount, then scan the customer's QR", vm.headlineProperty().get());

    sale("7000", fixture.customerQr(Scenario.INSUFFICIENT_FUNDS));
    assertEquals(CheckoutPhase.DECLINED, vm.phaseProperty().get());
    vm.forgetFinishedResult(); // F1 from the history
    assertEquals(CheckoutPhase.READY, vm.phaseProperty().get());
    assertEquals("", vm.detailProperty().get());
  }

  @Test
  void escapeNeverHidesAPendingSale() {
    sale("25000", fixture.customerQr(Scenario.DROP));
    assertEquals(CheckoutPhase.PENDING, vm.phaseProperty().get());

    vm.clearResult();
    vm.forgetFinishedResult();

    assertEquals(CheckoutPhase.PENDING, vm.phaseProperty().get(), "do not repeat: it stays on screen");
  }
}
