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
    assertTrue(vm.detailProperty().get().startsWith("IDR 25,000.00 · Reference SBX"), vm.detailProperty().get());
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
    sale("25.000", fixture.customerQr());

    assertEquals(CheckoutPhase.INVALID, vm.phaseProperty().get());
    assertTrue(vm.detailProperty().get().contains("25.000"), vm.detailProperty().get());
    assertEquals(0, terminal.journal().payments(10).size());
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
    assertTrue(vm.detailProperty().get().startsWith("IDR 25,000.00 · Reference SBX"), vm.detailProperty().get());
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
}
