package id.cpmpos.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.sandbox.Scenario;
import id.cpmpos.testing.SandboxFixture;
import id.cpmpos.testing.Terminals;
import id.cpmpos.ui.Formats;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history screen's rows and calls, without a stage, from a real journal. */
class HistoryViewModelTest {
  @TempDir Path dir;
  SandboxFixture fixture;
  TerminalContext terminal;
  HistoryViewModel vm;
  final Executor direct = Runnable::run;

  @BeforeEach
  void start() throws Exception {
    fixture = new SandboxFixture(dir);
    fixture.override("ui.language", "en");
    terminal = TerminalContext.open(fixture.config, Clock.systemUTC());
    vm = new HistoryViewModel(terminal.history(), terminal.messages(),
        new Formats(terminal.messages(), terminal.config().zone()), direct, direct);
    Terminals.setPin(terminal);
  }

  @AfterEach
  void stop() {
    terminal.close();
    fixture.close();
  }

  @Test
  void recentPaymentsComeNewestFirstWithStateAmountAndReferences() throws Exception {
    String first = Terminals.paid(terminal, fixture, "25000");
    terminal.payments().pay("7000", fixture.customerQr(Scenario.INSUFFICIENT_FUNDS), null);

    vm.refresh();

    assertEquals(2, vm.rows().size());
    HistoryViewModel.Row declined = vm.rows().get(0);
    assertEquals("Declined", declined.state());
    assertEquals("Rp 7.000", declined.amount());
    HistoryViewModel.Row paid = vm.rows().get(1);
    assertEquals(first, paid.partnerReferenceNo());
    assertEquals("Approved", paid.state());
    assertEquals("Rp 25.000", paid.amount());
    assertTrue(paid.references().startsWith(first + "\nSBX"), paid.references());
    assertEquals("", paid.refunded());
    assertEquals("", paid.pending());
  }

  @Test
  void selectingAPaymentShowsItsCallsAndWhatASupervisorMayDo() throws Exception {
    Terminals.paid(terminal, fixture, "25000");
    vm.refresh();

    vm.select(vm.rows().get(0));

    assertEquals(1, vm.calls().size());
    assertTrue(vm.calls().get(0).endsWith(" · payment: done"), vm.calls().get(0));
    assertTrue(!vm.calls().get(0).contains("HTTP"), "the technical line waits behind the details");
    vm.callDetailsProperty().set(true);
    assertTrue(vm.calls().get(0).contains("payment: done\n"), vm.calls().get(0));
    assertTrue(vm.calls().get(0).contains("payment · answered · HTTP 200 · 2006000 Successful"), vm.calls().get(0));
    assertTrue(vm.canRefundProperty().get());
    assertTrue(vm.canCancelProperty().get());
  }

  @Test
  void callsSpeakTheCashiersLanguageWithTheTechnicalLineBehindTheDetails() throws Exception {
    terminal.payments().pay("7000", fixture.customerQr(Scenario.DROP), null); // the answer is lost
    terminal.payments().pay("8000", fixture.customerQr(Scenario.INSUFFICIENT_FUNDS), null);
    vm.refresh();

    vm.select(vm.rows().get(1));
    assertTrue(vm.calls().get(0).endsWith("payment: no answer: the provider did not respond"), vm.calls().get(0));
    vm.select(vm.rows().get(0));
    assertTrue(vm.calls().get(0).contains("payment: refused: "), vm.calls().get(0));
    assertTrue(!vm.calls().get(0).contains("4036014"), "the code is a detail");

    vm.callDetailsProperty().set(true);
    vm.select(vm.rows().get(1));
    assertTrue(vm.calls().get(0).contains("\n") && vm.calls().get(0).contains("answer lost"), vm.calls().get(0));
  }

  @Test
  void aPartialRefundIsShownAsRefundedAndTheRestStaysRefundable() throws Exception {
    String ref = Terminals.paid(terminal, fixture, "25000");
    terminal.reversals().refund(ref, "5000", "one item back", Terminals.PIN.toCharArray());

    vm.refresh();
    vm.select(vm.rows().get(0));

    HistoryViewModel.Row row = vm.rows().get(0);
    assertEquals("Rp 5.000", row.refunded());
    assertEquals("Approved", row.state());
    assertEquals(0, row.entry().refundable().compareTo(new java.math.BigDecimal("20000")));
    assertTrue(vm.canRefundProperty().get());
    assertFalse(vm.canCancelProperty().get(), "a refunded payment is not cancelled: refund the rest");
    assertEquals(2, vm.calls().size());
    assertTrue(vm.calls().get(1).contains("refund R"), vm.calls().get(1));
  }

  @Test
  void aRefundWaitingForTheProviderIsShownAsPending() throws Exception {
    String ref = Terminals.paid(terminal, fixture, "25000");
    fixture.sandbox.stopListening();
    terminal.reversals().refund(ref, "25000", null, Terminals.PIN.toCharArray());

    vm.refresh();

    assertEquals("Refund pending:\nRp 25.000", vm.rows().get(0).pending());
    assertEquals("", vm.rows().get(0).refunded());
  }

  @Test
  void theSelectionSurvivesARefresh() throws Exception {
    String ref = Terminals.paid(terminal, fixture, "25000");
    Terminals.paid(terminal, fixture, "1000");
    vm.refresh();
    vm.select(vm.rows().get(1));

    terminal.reversals().cancel(ref, "wrong amount", Terminals.PIN.toCharArray());
    vm.refresh();

    assertEquals(ref, vm.selectedProperty().get().partnerReferenceNo());
    assertEquals("Cancelled", vm.selectedProperty().get().state());
    assertFalse(vm.canCancelProperty().get());
    assertFalse(vm.canRefundProperty().get());
  }

  @Test
  void aTrainingPaymentIsMarkedSo() throws Exception {
    try (TerminalContext demo = TerminalContext.demo(Clock.systemUTC(), dir.resolve("demo-journal.db"))) {
      demo.payments().pay("5000", demo.wallet().generate(Scenario.APPROVE).content(), null);
      HistoryViewModel training = new HistoryViewModel(demo.history(), demo.messages(),
          new Formats(demo.messages(), demo.config().zone()), direct, direct);
      training.refresh();
      assertEquals("Berhasil\nLATIHAN", training.rows().get(0).state());
    }
  }
}
