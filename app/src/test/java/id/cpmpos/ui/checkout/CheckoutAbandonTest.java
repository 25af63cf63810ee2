package id.cpmpos.ui.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.journal.ActionState;
import id.cpmpos.journal.CancelRecord;
import id.cpmpos.sandbox.Scenario;
import id.cpmpos.testing.SandboxFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Giving up on a payment whose outcome is unknown; and what an offline "not sent" tells the cashier. */
class CheckoutAbandonTest {
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
    vm = new CheckoutViewModel(terminal.payments(), terminal.reversals(), terminal.messages(), direct, direct);
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
  void aPendingPaymentCanBeAbandonedAndACancelIsQueuedForIt() {
    sale("25000", fixture.customerQr(Scenario.DROP));
    assertEquals(CheckoutPhase.PENDING, vm.phaseProperty().get());
    assertTrue(vm.canAbandonProperty().get());
    String ref = terminal.journal().payments().recent(1).get(0).partnerReferenceNo();

    vm.abandon();

    assertEquals(CheckoutPhase.ABANDONED, vm.phaseProperty().get());
    assertEquals("PAYMENT ABANDONED", vm.headlineProperty().get());
    assertTrue(vm.detailProperty().get().startsWith("A cancel is queued: if the payment went through after all"),
        vm.detailProperty().get());
    assertTrue(vm.detailProperty().get().endsWith(ref));
    CancelRecord cancel = terminal.journal().reversals().cancel(ref).orElseThrow();
    assertEquals(CancelRecord.Requester.ABANDONED, cancel.requestedBy());
    assertEquals(ActionState.QUEUED, cancel.state());
    assertFalse(vm.canAbandonProperty().get(), "once is enough");
  }

  @Test
  void onlyAPendingPaymentOffersAbandon() {
    sale("25000", fixture.customerQr());
    assertEquals(CheckoutPhase.APPROVED, vm.phaseProperty().get());
    assertFalse(vm.canAbandonProperty().get());
    vm.abandon();
    assertEquals(CheckoutPhase.APPROVED, vm.phaseProperty().get());
  }

  @Test
  void theNextSaleEndsTheChanceToAbandon() {
    sale("25000", fixture.customerQr(Scenario.DROP));
    vm.amountProperty().set("1000");
    assertFalse(vm.canAbandonProperty().get());
  }

  @Test
  void withoutReversalsThereIsNoAbandon() {
    CheckoutViewModel plain = new CheckoutViewModel(terminal.payments(), terminal.messages(), direct, direct);
    plain.amountProperty().set("25000");
    plain.scanProperty().set(fixture.customerQr(Scenario.DROP));
    plain.pay();
    assertEquals(CheckoutPhase.PENDING, plain.phaseProperty().get());
    assertFalse(plain.canAbandonProperty().get());
  }

  @Test
  void anOfflineNotSentSaysTheProviderIsUnreachableAndNoMoneyMoved() {
    String qr = fixture.customerQr();
    fixture.sandbox.stopListening();

    sale("25000", qr);

    assertEquals(CheckoutPhase.NOT_SENT, vm.phaseProperty().get());
    assertEquals("NOT SENT", vm.headlineProperty().get());
    assertTrue(vm.detailProperty().get().startsWith("The provider cannot be reached (offline): the request never"
        + " arrived, no money moved"), vm.detailProperty().get());
    assertEquals("25000", vm.amountProperty().get(), "the amount stays for the next try");
  }
}
