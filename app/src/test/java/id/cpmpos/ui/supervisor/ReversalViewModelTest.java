package id.cpmpos.ui.supervisor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.i18n.Messages;
import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.terminal.PaymentHistory;
import id.cpmpos.testing.KeptPin;
import id.cpmpos.testing.Records;
import id.cpmpos.testing.ScriptedReversals;
import id.cpmpos.ui.Formats;
import id.cpmpos.ui.TaskExecutor;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Refund and cancel behind the PIN, without a stage: the reversal use case checks the PIN and answers
 * as each test scripts. On the real stack: ReversalDialogUiTest, and ReversalCommandsIT for the rules.
 */
class ReversalViewModelTest {
  static final String PIN = "4826";
  final Messages en = Messages.forLanguage("en");
  final PaymentRecord paid = Records.approved("P1", "25000");
  KeptPin pin = new KeptPin(PIN);
  ScriptedReversals reversals = new ScriptedReversals(pin, paid);

  ReversalViewModel vm(ReversalViewModel.Kind kind) {
    return vm(kind, en);
  }

  ReversalViewModel vm(ReversalViewModel.Kind kind, Messages messages) {
    return new ReversalDesk(reversals, pin, SupervisorSessions.untimed(), messages,
        new Formats(messages, ZoneId.of("Asia/Jakarta")),
        new TaskExecutor(Runnable::run, Runnable::run))
        .open(kind, new PaymentHistory.Entry(paid, List.of(), Optional.empty()));
  }

  @Test
  void aRefundWithTheRightPinIsDoneAndThePinIsWiped() {
    ReversalViewModel vm = vm(ReversalViewModel.Kind.REFUND);
    assertEquals("25.000", vm.amountProperty().get(), "the whole refundable amount is offered");
    vm.amountProperty().set("10.000");
    vm.reasonProperty().set("  one item back ");
    char[] typed = PIN.toCharArray();

    vm.submit(typed);

    assertEquals(ReversalViewModel.Result.DONE, vm.outcomeProperty().get().result());
    assertEquals("REFUND DONE: Rp 10.000 refunded for P1.", vm.outcomeProperty().get().text());
    assertArrayEquals(new char[4], typed, "the PIN does not linger in memory");
    assertEquals(List.of(new ScriptedReversals.Asked("refund", "P1", "10000.00", "one item back")),
        reversals.asked());
  }

  @Test
  void aWrongPinIsRefusedWithTheLocalisedMessageAndNothingIsSent() {
    ReversalViewModel vm = vm(ReversalViewModel.Kind.REFUND);
    char[] wrong = "1111".toCharArray();

    vm.submit(wrong);

    assertEquals("Wrong supervisor PIN (1 of 5 tries).", vm.problemProperty().get());
    assertNull(vm.outcomeProperty().get(), "the dialog stays open for another try");
    assertFalse(vm.busyProperty().get());
    assertArrayEquals(new char[4], wrong);
    assertEquals(List.of(), reversals.asked());
  }

  @Test
  void anEmptyPinIsAskedFor() {
    ReversalViewModel vm = vm(ReversalViewModel.Kind.CANCEL);
    vm.submit(new char[0]);
    assertEquals("Enter the supervisor PIN.", vm.problemProperty().get());
  }

  @Test
  void withNoPinSetTheDialogSaysHowToSetOne() {
    pin = new KeptPin();
    reversals = new ScriptedReversals(pin, paid);
    ReversalViewModel vm = vm(ReversalViewModel.Kind.REFUND);
    assertFalse(vm.pinIsSet());
    vm.submit("1234".toCharArray());
    assertEquals("No supervisor PIN is set: run \"set-pin --stdin\" first.",
        vm.problemProperty().get());
    assertEquals(List.of(), reversals.asked());
  }

  @Test
  void anAmountTheUseCaseRefusesKeepsTheDialogOpenWithTheReason() {
    reversals.then(ScriptedReversals.refuse("refund.exceeds", "Rp 30.000", "Rp 25.000"));
    ReversalViewModel vm = vm(ReversalViewModel.Kind.REFUND);
    vm.amountProperty().set("30000");

    vm.submit(PIN.toCharArray());

    assertEquals("Refund of Rp 30.000 exceeds what is left to refund (Rp 25.000).",
        vm.problemProperty().get());
    assertNull(vm.outcomeProperty().get());
    assertEquals(List.of(), reversals.asked());
  }

  @Test
  void anAmountThatIsNoAmountIsRefusedBeforeTheUseCaseIsAsked() {
    ReversalViewModel vm = vm(ReversalViewModel.Kind.REFUND);
    vm.amountProperty().set("10.000.5");

    vm.submit(PIN.toCharArray());

    assertTrue(vm.problemProperty().get().contains("12.500"), vm.problemProperty().get());
    assertEquals(List.of(), reversals.asked());
  }

  @Test
  void aCancelWithTheRightPinReversesThePayment() {
    ReversalViewModel vm = vm(ReversalViewModel.Kind.CANCEL);
    vm.reasonProperty().set("wrong amount");

    vm.submit(PIN.toCharArray());

    assertEquals(ReversalViewModel.Result.DONE, vm.outcomeProperty().get().result());
    assertEquals("CANCEL DONE: Rp 25.000 for P1 cancelled.", vm.outcomeProperty().get().text());
    assertEquals(List.of(new ScriptedReversals.Asked("cancel", "P1", null, "wrong amount")),
        reversals.asked());
  }

  @Test
  void aRefusalByTheProviderSaysWhatToTellTheCustomerThenItsCode() {
    reversals.then(ScriptedReversals.rejected("4047701", "Refund window over"));
    ReversalViewModel vm = vm(ReversalViewModel.Kind.REFUND);

    vm.submit(PIN.toCharArray());

    assertEquals(ReversalViewModel.Result.REJECTED, vm.outcomeProperty().get().result());
    assertTrue(vm.outcomeProperty().get().text().startsWith("Refund REJECTED by the provider: "),
        vm.outcomeProperty().get().text());
    assertTrue(vm.outcomeProperty().get().text().endsWith("\n4047701 · Refund window over"),
        vm.outcomeProperty().get().text());
  }

  @Test
  void aRefundWhileTheProviderIsDownIsQueuedAndSaysSo() {
    reversals.then(ScriptedReversals.queued());
    ReversalViewModel vm = vm(ReversalViewModel.Kind.REFUND);

    vm.submit(PIN.toCharArray());

    assertEquals(ReversalViewModel.Result.PENDING, vm.outcomeProperty().get().result());
    assertTrue(vm.outcomeProperty().get().text().startsWith("Refund QUEUED for P1"),
        vm.outcomeProperty().get()
            .text());
  }

  @Test
  void aQueuedRefundSendsTheCashierToAColumnTheHistoryHas() {
    for (String language : List.of("id", "en")) {
      Messages m = Messages.forLanguage(language);
      reversals.then(ScriptedReversals.queued());
      ReversalViewModel vm = vm(ReversalViewModel.Kind.REFUND, m);

      vm.submit(PIN.toCharArray());

      // The history once had a "Pending" column; what waits is now shown under the state.
      String text = vm.outcomeProperty().get().text();
      String column = language.equals("id") ? "kolom " : " column";
      String named = language.equals("id")
          ? "kolom " + m.get("history.col.state")
          : m.get("history.col.state") + " column";
      assertTrue(text.contains(named), language + ": " + text);
      assertEquals(text.indexOf(column), text.lastIndexOf(column),
          language + ", one column named: " + text);
    }
  }
}
