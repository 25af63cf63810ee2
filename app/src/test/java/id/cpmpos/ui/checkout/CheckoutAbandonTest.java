package id.cpmpos.ui.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.i18n.Messages;
import id.cpmpos.terminal.InputProblem;
import id.cpmpos.testing.KeptPin;
import id.cpmpos.testing.ScriptedPayments;
import id.cpmpos.testing.ScriptedReversals;
import id.cpmpos.ui.TaskExecutor;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Giving up on a payment whose outcome is unknown; and what an offline "not sent" tells the cashier.
 * That the abandon queues a cancel the sync sends is SyncWorkerIT's.
 */
class CheckoutAbandonTest {
  static final String QR = CheckoutViewModelTest.QR;
  final Messages en = Messages.forLanguage("en");
  final TaskExecutor direct = new TaskExecutor(Runnable::run, Runnable::run);
  final ScriptedPayments payments = new ScriptedPayments();
  final ScriptedReversals reversals = new ScriptedReversals(new KeptPin("4826"));
  final CheckoutViewModel vm = new CheckoutViewModel(payments, reversals, en, Clock.systemUTC(),
      direct);

  void sale(String amount) {
    vm.amountProperty().set(amount);
    vm.scanProperty().set(QR);
    vm.pay();
  }

  @Test
  void aPendingPaymentCanBeAbandonedAndACancelIsQueuedForIt() {
    payments.then(ScriptedPayments.loseTheAnswer());
    sale("25000");
    assertEquals(CheckoutPhase.PENDING, vm.phaseProperty().get());
    assertTrue(vm.canAbandonProperty().get());

    vm.abandon();

    assertEquals(CheckoutPhase.ABANDONED, vm.phaseProperty().get());
    assertEquals("PAYMENT ABANDONED", vm.headlineProperty().get());
    assertTrue(
        vm.detailProperty().get()
            .startsWith("A cancel is queued: if the payment went through after all"),
        vm.detailProperty().get());
    assertTrue(vm.detailProperty().get().endsWith("P0001"));
    assertEquals(List.of("P0001"), reversals.abandoned());
    assertFalse(vm.canAbandonProperty().get(), "once is enough");
  }

  @Test
  void aCancelThatCannotBeQueuedLeavesThePaymentPendingAndSaysSo() {
    payments.then(ScriptedPayments.loseTheAnswer());
    sale("25000");
    reversals.refuseAbandon(new InputProblem("payment.unknown", "P0001"));

    vm.abandon();

    assertEquals(CheckoutPhase.PENDING, vm.phaseProperty().get(), "do not repeat: still not known");
    assertEquals(
        "The cancel could not be queued; wait for the provider’s status or call a supervisor. Ref P0001",
        vm.detailProperty().get());
  }

  @Test
  void onlyAPendingPaymentOffersAbandon() {
    sale("25000");
    assertEquals(CheckoutPhase.APPROVED, vm.phaseProperty().get());
    assertFalse(vm.canAbandonProperty().get());
    vm.abandon();
    assertEquals(CheckoutPhase.APPROVED, vm.phaseProperty().get());
    assertEquals(List.of(), reversals.abandoned());
  }

  @Test
  void theNextSaleEndsTheChanceToAbandon() {
    payments.then(ScriptedPayments.loseTheAnswer());
    sale("25000");
    vm.amountProperty().set("1000");
    assertFalse(vm.canAbandonProperty().get());
  }

  @Test
  void withoutReversalsThereIsNoAbandon() {
    CheckoutViewModel plain = new CheckoutViewModel(payments, null, en, Clock.systemUTC(), direct);
    payments.then(ScriptedPayments.loseTheAnswer());
    plain.amountProperty().set("25000");
    plain.scanProperty().set(QR);
    plain.pay();
    assertEquals(CheckoutPhase.PENDING, plain.phaseProperty().get());
    assertFalse(plain.canAbandonProperty().get());
  }

  @Test
  void anOfflineNotSentSaysTheProviderIsUnreachableAndNoMoneyMoved() {
    payments.then(ScriptedPayments.unreachable());

    sale("25000");

    assertEquals(CheckoutPhase.NOT_SENT, vm.phaseProperty().get());
    assertEquals("NOT SENT", vm.headlineProperty().get());
    assertTrue(vm.detailProperty().get()
        .startsWith("The provider cannot be reached (offline): the request never"
            + " arrived, no money moved"),
        vm.detailProperty().get());
    assertEquals("25000", vm.amountProperty().get(), "the amount stays for the next try");
  }
}
