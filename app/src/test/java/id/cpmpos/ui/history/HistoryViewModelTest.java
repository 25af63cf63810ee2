package id.cpmpos.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.i18n.Messages;
import id.cpmpos.journal.ActionState;
import id.cpmpos.journal.CallRecord;
import id.cpmpos.journal.CancelRecord;
import id.cpmpos.journal.PaymentFilter;
import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.terminal.PaymentHistory;
import id.cpmpos.testing.ListedHistory;
import id.cpmpos.testing.Records;
import id.cpmpos.ui.Formats;
import id.cpmpos.ui.TaskExecutor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The history screen's rows, calls and search, without a stage: the journal's read side holds what
 * each test lists. How the journal finds payments for a filter is PaymentSearch's (JournalCommandIT).
 */
class HistoryViewModelTest {
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  final Messages en = Messages.forLanguage("en");
  final ListedHistory journal = new ListedHistory();
  final TaskExecutor direct = new TaskExecutor(Runnable::run, Runnable::run);
  final HistoryViewModel vm = history(en, direct);

  HistoryViewModel history(Messages messages, TaskExecutor tasks) {
    return new HistoryViewModel(journal, messages, new Formats(messages, JAKARTA), tasks);
  }

  static PaymentHistory.Entry entry(PaymentRecord p) {
    return new PaymentHistory.Entry(p, List.of(), Optional.empty());
  }

  static PaymentRecord declined(String ref, String amount) {
    return Records.answered(Records.sending(ref, amount), PaymentState.DECLINED, "4036014",
        "Insufficient Funds");
  }

  @Test
  void paymentsAreShownInTheOrderReadWithStateAmountAndReferences() {
    journal.listing(entry(declined("P2", "7000")), entry(Records.approved("P1", "25000")));

    vm.refresh();

    assertEquals(2, vm.rows().size());
    HistoryViewModel.Row declined = vm.rows().get(0);
    assertEquals("Declined", declined.state());
    assertEquals("Rp 7.000", declined.amount());
    assertEquals("P2", declined.references(), "no provider reference for a decline");
    HistoryViewModel.Row paid = vm.rows().get(1);
    assertEquals("P1", paid.partnerReferenceNo());
    assertEquals("Approved", paid.state());
    assertEquals("Rp 25.000", paid.amount());
    assertEquals("P1\nSBXP1", paid.references());
    assertEquals("02-12 10:15:00", paid.time(), "in the terminal's zone");
    assertEquals("", paid.refunded());
    assertEquals("", paid.pending());
    assertEquals(List.of(PaymentFilter.recent(HistoryViewModel.LIMIT)), journal.searched());
  }

  @Test
  void selectingAPaymentShowsItsCallsAndWhatASupervisorMayDo() {
    journal.listing(entry(Records.approved("P1", "25000")))
        .calls("P1", Records.answeredCall("P1", "PAYMENT", "2006000", "Successful"));
    vm.refresh();

    vm.select(vm.rows().get(0));

    assertEquals(1, vm.calls().size());
    assertTrue(vm.calls().get(0).endsWith(" · payment: done"), vm.calls().get(0));
    assertFalse(vm.calls().get(0).contains("HTTP"), "the technical line waits behind the details");
    vm.callDetailsProperty().set(true);
    assertTrue(vm.calls().get(0).contains("payment: done\n"), vm.calls().get(0));
    assertTrue(vm.calls().get(0).contains("payment · answered · HTTP 200 · 2006000 Successful"),
        vm.calls().get(0));
    assertTrue(vm.canRefundProperty().get());
    assertTrue(vm.canCancelProperty().get());
  }

  @Test
  void callsSpeakTheCashiersLanguageWithTheTechnicalLineBehindTheDetails() {
    journal.listing(entry(declined("P2", "8000")), entry(Records.sending("P1", "7000")))
        .calls("P1",
            new CallRecord("P1", "PAYMENT", null, "UNKNOWN", null, null, "unexpected end of stream",
                Records.AT))
        .calls("P2", Records.answeredCall("P2", "PAYMENT", "4036014", "Insufficient Funds"));
    vm.refresh();

    vm.select(vm.rows().get(1));
    assertTrue(vm.calls().get(0).endsWith("payment: no answer: the provider did not respond"),
        vm.calls().get(0));
    vm.select(vm.rows().get(0));
    assertTrue(vm.calls().get(0)
        .endsWith("payment: refused: The customer's balance is too low. Ask them to top up or"
            + " pay another way."),
        vm.calls().get(0));
    assertFalse(vm.calls().get(0).contains("4036014"), "the code is a detail");

    vm.callDetailsProperty().set(true);
    vm.select(vm.rows().get(1));
    assertTrue(
        vm.calls().get(0).contains("payment · answer lost · HTTP – · – unexpected end of stream"),
        vm.calls().get(0));
  }

  @Test
  void aPartialRefundIsShownAsRefundedAndTheRestStaysRefundable() {
    PaymentRecord paid = Records.approved("P1", "25000");
    journal.listing(new PaymentHistory.Entry(paid,
        List.of(Records.refund("R1", paid, "5000", ActionState.SUCCEEDED)),
        Optional.empty()));

    vm.refresh();
    vm.select(vm.rows().get(0));

    HistoryViewModel.Row row = vm.rows().get(0);
    assertEquals("Rp 5.000", row.refunded());
    assertEquals("Approved", row.state());
    assertEquals(0, row.entry().refundable().compareTo(new BigDecimal("20000")));
    assertTrue(vm.canRefundProperty().get());
    assertFalse(vm.canCancelProperty().get(),
        "a refunded payment is not cancelled: refund the rest");
  }

  @Test
  void reversalsWaitingForTheProviderOrRefusedByItAreShownInThePendingColumn() {
    PaymentRecord paid = Records.approved("P1", "25000");
    journal.listing(new PaymentHistory.Entry(paid,
        List.of(Records.refund("R1", paid, "25000", ActionState.QUEUED),
            Records.refund("R2", paid, "3000", ActionState.REJECTED)),
        Optional.of(new CancelRecord("P1", "wrong amount",
            CancelRecord.Requester.SUPERVISOR, ActionState.REJECTED, "4047700",
            "Cancel window over", Records.AT,
            Records.AT))));

    vm.refresh();

    assertEquals(
        "Cancel rejected:\nCancel window over\nRefund pending:\nRp 25.000\nRefund rejected:\nRp 3.000",
        vm.rows().get(0).pending());
    assertEquals("", vm.rows().get(0).refunded(), "nothing refunded until the provider says so");
  }

  @Test
  void theSelectionSurvivesARefreshWithItsNewState() {
    PaymentRecord first = Records.approved("P1", "25000");
    journal.listing(entry(Records.approved("P2", "1000")), entry(first));
    vm.refresh();
    vm.select(vm.rows().get(1));

    PaymentRecord cancelled = Records.answered(first, PaymentState.CANCELLED, "2007700",
        "Successful");
    journal.listing(entry(Records.approved("P2", "1000")),
        new PaymentHistory.Entry(cancelled, List.of(),
            Optional.of(new CancelRecord("P1", "wrong amount", CancelRecord.Requester.SUPERVISOR,
                ActionState.SUCCEEDED,
                "2007700", "Successful", Records.AT, Records.AT))));
    vm.refresh();

    assertEquals("P1", vm.selectedProperty().get().partnerReferenceNo());
    assertEquals("Cancelled", vm.selectedProperty().get().state());
    assertFalse(vm.canCancelProperty().get());
    assertFalse(vm.canRefundProperty().get());
  }

  @Test
  void aTrainingPaymentIsMarkedSoAndANeverBookedOneIsNotFiledAsDeclined() {
    PaymentRecord a = Records.approved("P1", "5000");
    PaymentRecord training = new PaymentRecord(a.partnerReferenceNo(), a.referenceNo(), a.amount(),
        a.currency(),
        a.qrHash(), a.terminalId(), a.state(), a.responseCode(), a.responseMessage(), true,
        a.createdAt(),
        a.updatedAt());
    journal.listing(entry(training),
        entry(Records.answered(Records.sending("P2", "30000"), PaymentState.NOT_CHARGED,
            "4040001", "Transaction Not Found")));
    HistoryViewModel indonesian = history(Messages.forLanguage("id"), direct);

    indonesian.refresh();

    assertEquals("Berhasil\nLATIHAN", indonesian.rows().get(0).state());
    assertEquals("Tidak ditagih", indonesian.rows().get(1).state());
  }

  @Test
  void theSearchAsksForTheStateAmountReferenceFragmentAndDaysAsTheCliDoes() {
    journal.listing(entry(declined("P3", "7000")));
    vm.stateProperty()
        .set(vm.stateChoices().stream().filter(c -> c.label().equals("Declined")).findFirst()
            .orElseThrow());
    vm.refresh();
    assertEquals(List.of("Rp 7.000"),
        vm.rows().stream().map(HistoryViewModel.Row::amount).toList());
    assertEquals(Set.of(PaymentState.DECLINED), last().states());

    vm.clearSearch();
    vm.amountProperty().set("12.500"); // as the cashier types amounts
    vm.refresh();
    assertEquals(new BigDecimal("12500.00"), last().amount());
    assertEquals(Set.of(), last().states());

    vm.amountProperty().set("");
    vm.referenceProperty().set(" bx0001 ");
    vm.refresh();
    assertEquals("bx0001", last().referenceFragment());
    assertEquals(null, last().amount());

    vm.clearSearch();
    LocalDate day = LocalDate.of(2026, 12, 2);
    journal.listing();
    vm.fromProperty().set(day.plusDays(1));
    vm.refresh();
    assertEquals(0, vm.rows().size());
    assertEquals("No transaction matches the search.", vm.emptyProperty().get());
    vm.fromProperty().set(day);
    vm.toProperty().set(day);
    vm.refresh();
    assertEquals(new PaymentFilter(day, day, Set.of(), null, null, HistoryViewModel.LIMIT), last());
    vm.stateProperty().set(vm.stateChoices().get(vm.stateChoices().size() - 1)); // pending
    vm.refresh();
    assertEquals(Set.of(PaymentState.SENDING, PaymentState.UNKNOWN), last().states());
    assertFalse(vm.searchingProperty().get());
  }

  @Test
  void filtersThatDoNotHoldAreSaidAndTheTableStaysAsItWas() {
    journal.listing(entry(Records.approved("P1", "25000")));
    vm.refresh();
    LocalDate today = LocalDate.of(2026, 12, 2);

    vm.fromProperty().set(today);
    vm.toProperty().set(today.minusDays(1));
    vm.refresh();
    assertEquals("The date range is reversed: 2026-12-02 (from) is after 2026-12-01 (to).",
        vm.searchProblemProperty().get());
    assertEquals(1, vm.rows().size(), "nothing was read: the table is unchanged");

    vm.toProperty().set(null);
    vm.amountProperty().set("25000.50");
    vm.refresh();
    assertTrue(vm.searchProblemProperty().get().startsWith("Cents come after a comma"),
        vm.searchProblemProperty().get()); // the amount as typed at the checkout, with how to write it
    assertEquals(1, journal.searched().size(), "neither was searched for");

    vm.amountProperty().set("25.000");
    vm.refresh();
    assertEquals("", vm.searchProblemProperty().get());
    assertEquals(2, journal.searched().size());
  }

  @Test
  void onlyTheNewestSearchsAnswerIsShown() {
    journal.listing(entry(Records.approved("P1", "25000")));
    List<Runnable> reads = new ArrayList<>();
    HistoryViewModel slow = history(en, new TaskExecutor(reads::add, Runnable::run));
    slow.amountProperty().set("99.000");
    slow.refresh(); // still reading when the cashier changes the amount
    slow.amountProperty().set("25.000");
    slow.refresh();
    assertTrue(slow.searchingProperty().get());
    reads.get(1).run();
    assertEquals(1, slow.rows().size());
    journal.listing();
    reads.get(0).run(); // the older search answers last: its empty answer is not shown
    assertEquals(1, slow.rows().size());
    assertFalse(slow.searchingProperty().get());
  }

  @Test
  void aJournalThatCannotBeReadIsSaidAndTheSearchEnds() {
    journal.failWith(new IllegalStateException("SQLITE_CORRUPT"));

    vm.refresh();

    assertEquals("The journal cannot be read; try Reload.", vm.noticeProperty().get());
    assertFalse(vm.searchingProperty().get());
  }

  private PaymentFilter last() {
    return journal.searched().get(journal.searched().size() - 1);
  }
}
