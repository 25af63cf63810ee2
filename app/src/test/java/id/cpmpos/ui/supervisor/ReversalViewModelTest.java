package id.cpmpos.ui.supervisor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.sandbox.SandboxLedger;
import id.cpmpos.terminal.PaymentHistory;
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

/** Refund and cancel behind the PIN, without a stage, against the real sandbox. */
class ReversalViewModelTest {
  @TempDir Path dir;
  SandboxFixture fixture;
  TerminalContext terminal;
  final Executor direct = Runnable::run;
  String ref;

  @BeforeEach
  void start() throws Exception {
    fixture = new SandboxFixture(dir);
    fixture.override("ui.language", "en");
    terminal = TerminalContext.open(fixture.config, Clock.systemUTC());
    ref = Terminals.paid(terminal, fixture, "25000");
  }

  @AfterEach
  void stop() {
    terminal.close();
    fixture.close();
  }

  ReversalViewModel vm(ReversalViewModel.Kind kind) {
    PaymentHistory.Entry entry = terminal.history().entry(ref).orElseThrow();
    return new ReversalViewModel(kind, entry, terminal.reversals(), terminal.supervisorPin(), terminal.messages(),
        new Formats(terminal.messages(), terminal.config().zone()), direct, direct);
  }

  @Test
  void aRefundWithTheRightPinIsDoneAndThePinIsWiped() throws Exception {
    Terminals.setPin(terminal);
    ReversalViewModel vm = vm(ReversalViewModel.Kind.REFUND);
    assertEquals("25.000", vm.amountProperty().get(), "the whole refundable amount is offered");
    vm.amountProperty().set("10000");
    char[] pin = Terminals.PIN.toCharArray();

    vm.submit(pin);

    assertEquals(ReversalViewModel.Result.DONE, vm.outcomeProperty().get().result());
    assertEquals("REFUND DONE: Rp 10.000 refunded for " + ref + ".", vm.outcomeProperty().get().text());
    assertArrayEquals(new char[4], pin, "the PIN does not linger in memory");
    assertEquals("10000.00", fixture.sandbox.ledger().refunds(ref).get(0).amount());
  }

  @Test
  void aWrongPinIsRefusedWithTheLocalisedMessageAndNothingIsSent() throws Exception {
    Terminals.setPin(terminal);
    ReversalViewModel vm = vm(ReversalViewModel.Kind.REFUND);
    char[] wrong = "1111".toCharArray();

    vm.submit(wrong);

    assertEquals("Wrong supervisor PIN (1 of 5 tries).", vm.problemProperty().get());
    assertNull(vm.outcomeProperty().get(), "the dialog stays open for another try");
    assertFalse(vm.busyProperty().get());
    assertArrayEquals(new char[4], wrong);
    assertTrue(terminal.journal().reversals().refunds(ref).isEmpty());
    assertTrue(fixture.sandbox.ledger().refunds(ref).isEmpty());
    assertEquals(1, terminal.journal().calls().of(ref).size(), "only the payment's own call");
  }

  @Test
  void anEmptyPinIsAskedFor() throws Exception {
    Terminals.setPin(terminal);
    ReversalViewModel vm = vm(ReversalViewModel.Kind.CANCEL);
    vm.submit(new char[0]);
    assertEquals("Enter the supervisor PIN.", vm.problemProperty().get());
  }

  @Test
  void withNoPinSetTheDialogSaysHowToSetOne() {
    ReversalViewModel vm = vm(ReversalViewModel.Kind.REFUND);
    assertFalse(vm.pinIsSet());
    vm.submit("1234".toCharArray());
    assertEquals("No supervisor PIN is set: run \"set-pin --stdin\" first.", vm.problemProperty().get());
    assertTrue(terminal.journal().reversals().refunds(ref).isEmpty());
  }

  @Test
  void tooLargeARefundIsRefusedBeforeAnythingIsSent() throws Exception {
    Terminals.setPin(terminal);
    ReversalViewModel vm = vm(ReversalViewModel.Kind.REFUND);
    vm.amountProperty().set("30000");
    vm.submit(Terminals.PIN.toCharArray());
    assertEquals("Refund of Rp 30.000 exceeds what is left to refund (Rp 25.000).",
        vm.problemProperty().get());
    assertTrue(fixture.sandbox.ledger().refunds(ref).isEmpty());
  }

  @Test
  void aCancelWithTheRightPinReversesThePayment() throws Exception {
    Terminals.setPin(terminal);
    ReversalViewModel vm = vm(ReversalViewModel.Kind.CANCEL);
    vm.reasonProperty().set("wrong amount");

    vm.submit(Terminals.PIN.toCharArray());

    assertEquals(ReversalViewModel.Result.DONE, vm.outcomeProperty().get().result());
    assertEquals(PaymentState.CANCELLED, terminal.journal().payments().find(ref).orElseThrow().state());
    assertEquals(SandboxLedger.CANCELLED, fixture.sandbox.ledger().payment(ref).orElseThrow().status());
  }

  @Test
  void aRefundWhileTheProviderIsDownIsQueuedAndSaysSo() throws Exception {
    Terminals.setPin(terminal);
    fixture.sandbox.stopListening();
    ReversalViewModel vm = vm(ReversalViewModel.Kind.REFUND);

    vm.submit(Terminals.PIN.toCharArray());

    assertEquals(ReversalViewModel.Result.PENDING, vm.outcomeProperty().get().result());
    assertTrue(vm.outcomeProperty().get().text().startsWith("Refund QUEUED for " + ref), vm.outcomeProperty().get()
        .text());
    assertEquals(1, terminal.outbox().summary().count());
  }
}
