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

  @Test
  void searchFiltersByStateAmountReferenceFragmentAndDayAsTheCliDoes() throws Exception {
    String big = Terminals.paid(terminal, fixture, "25000");
    String small = Terminals.paid(terminal, fixture, "12500");
    terminal.payments().pay("7000", fixture.customerQr(Scenario.INSUFFICIENT_FUNDS), null);

    vm.stateProperty().set(vm.stateChoices().stream().filter(c -> c.label().equals("Declined")).findFirst()
        .orElseThrow());
    vm.refresh();
    assertEquals(java.util.List.of("Rp 7.000"), vm.rows().stream().map(HistoryViewModel.Row::amount).toList());

    vm.clearSearch();
    vm.amountProperty().set("12.500"); // as the cashier types amounts
    vm.refresh();
    assertEquals(java.util.List.of(small), refs());

    vm.amountProperty().set("");
    String providerRef = terminal.journal().payments().find(big).orElseThrow().referenceNo();
    // a part of the provider's reference ("SBX00000000000000001"), in lower case
    vm.referenceProperty().set(providerRef.substring(1).toLowerCase(java.util.Locale.ROOT));
    vm.refresh();
    assertEquals(java.util.List.of(big), refs());

    vm.clearSearch();
    java.time.LocalDate today = java.time.LocalDate.now(terminal.config().zone());
    vm.fromProperty().set(today.plusDays(1));
    vm.refresh();
    assertEquals(0, vm.rows().size());
    assertEquals("No transaction matches the search.", vm.emptyProperty().get());
    vm.fromProperty().set(today);
    vm.toProperty().set(today);
    vm.refresh();
    assertEquals(3, vm.rows().size());
    assertFalse(vm.searchingProperty().get());
  }

  @Test
  void filtersThatDoNotHoldAreSaidAndTheTableStaysAsItWas() throws Exception {
    Terminals.paid(terminal, fixture, "25000");
    vm.refresh();
    java.time.LocalDate today = java.time.LocalDate.now(terminal.config().zone());

    vm.fromProperty().set(today);
    vm.toProperty().set(today.minusDays(1));
    vm.refresh();
    assertEquals("The date range is reversed: " + today + " (from) is after " + today.minusDays(1) + " (to).",
        vm.searchProblemProperty().get());
    assertEquals(1, vm.rows().size(), "nothing was read: the table is unchanged");

    vm.toProperty().set(null);
    vm.amountProperty().set("25000.50");
    vm.refresh();
    assertTrue(vm.searchProblemProperty().get().startsWith("Cents come after a comma"),
        vm.searchProblemProperty().get()); // the amount as typed at the checkout, with how to write it

    vm.amountProperty().set("25.000");
    vm.refresh();
    assertEquals("", vm.searchProblemProperty().get());
    assertEquals(1, vm.rows().size());
  }

  @Test
  void onlyTheNewestSearchsAnswerIsShown() throws Exception {
    Terminals.paid(terminal, fixture, "25000");
    java.util.List<Runnable> reads = new java.util.ArrayList<>();
    HistoryViewModel slow = new HistoryViewModel(terminal.history(), terminal.messages(),
        new Formats(terminal.messages(), terminal.config().zone()), reads::add, direct);
    slow.amountProperty().set("99.000");
    slow.refresh(); // still reading when the cashier changes the amount
    slow.amountProperty().set("25.000");
    slow.refresh();
    assertTrue(slow.searchingProperty().get());
    reads.get(1).run();
    assertEquals(1, slow.rows().size());
    reads.get(0).run(); // the older search answers last: its empty answer is not shown
    assertEquals(1, slow.rows().size());
    assertFalse(slow.searchingProperty().get());
  }

  private java.util.List<String> refs() {
    return vm.rows().stream().map(HistoryViewModel.Row::partnerReferenceNo).toList();
  }
}
