package id.cpmpos.ui.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.i18n.Messages;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.terminal.PaymentOutcome.Pending;
import id.cpmpos.testing.KeptPin;
import id.cpmpos.testing.MutableClock;
import id.cpmpos.testing.Records;
import id.cpmpos.testing.ScriptedPayments;
import id.cpmpos.testing.ScriptedReversals;
import id.cpmpos.ui.TaskExecutor;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A payment the provider did not book (5006001) while the customer waits: the checkout counts down
 * to the moment its outcome is certain, offers Abandon, and ends on what happened, "not charged",
 * in the cashier's language only. On a clock the test moves; no stage, no sleeps. How the sync comes
 * to "not charged" is SyncWorkerIT's.
 */
class CheckoutCountdownTest {
  final MutableClock clock = new MutableClock(Records.AT.toInstant());
  final ScriptedPayments payments = new ScriptedPayments();
  CheckoutViewModel vm;

  void open(String language) {
    vm = new CheckoutViewModel(payments, new ScriptedReversals(new KeptPin()),
        Messages.forLanguage(language), clock,
        new TaskExecutor(Runnable::run, Runnable::run));
  }

  void payNeverBooked() {
    payments.then(r -> new Pending(
        Records.answered(r, PaymentState.UNKNOWN, "5006001", "General Error"), "5006001"));
    vm.amountProperty().set("30000");
    vm.scanProperty().set(CheckoutViewModelTest.QR);
    vm.pay();
    assertEquals(CheckoutPhase.PENDING, vm.phaseProperty().get());
  }

  @Test
  void theCountdownRunsToTheMomentOfCertaintyAndAbandonIsOffered() {
    open("en");
    payNeverBooked();

    assertEquals("Outcome certain in 3:00. The customer may wait; if they cannot, press Abandon.",
        vm.countdownProperty().get());
    assertTrue(vm.canAbandonProperty().get());
    clock.advance(Duration.ofSeconds(65));
    vm.tick();
    assertTrue(vm.countdownProperty().get().startsWith("Outcome certain in 1:55."),
        vm.countdownProperty().get());
    clock.advance(Duration.ofSeconds(115));
    vm.tick();
    assertEquals("Asking the provider for the final outcome…", vm.countdownProperty().get());

    payments.settle("P0001", PaymentState.NOT_CHARGED, "4040001", "Transaction Not Found");
    vm.refreshPending();

    assertEquals(CheckoutPhase.NOT_CHARGED, vm.phaseProperty().get());
    assertEquals("NOT CHARGED", vm.headlineProperty().get());
    assertFalse(vm.detailProperty().get().toLowerCase().contains("declin"),
        vm.detailProperty().get());
    assertEquals("", vm.countdownProperty().get(), "no countdown once the outcome is known");
    assertFalse(vm.canAbandonProperty().get());
  }

  @Test
  void onAnIndonesianScreenItEndsTidakDitagihWithNoEnglish() {
    open("id");
    payNeverBooked();
    assertTrue(vm.countdownProperty().get().startsWith("Hasil pasti dalam 3:00."),
        vm.countdownProperty().get());

    clock.advance(Duration.ofMinutes(3));
    payments.settle("P0001", PaymentState.NOT_CHARGED, "4040001", "Transaction Not Found");
    vm.refreshPending();

    assertEquals(CheckoutPhase.NOT_CHARGED, vm.phaseProperty().get());
    assertEquals("TIDAK DITAGIH", vm.headlineProperty().get());
    String screen = vm.headlineProperty().get() + " " + vm.detailProperty().get() + " "
        + vm.countdownProperty().get();
    for (String english : List.of("the ", "not ", "found", "charged", "declined", "expiry",
        "provider")) {
      assertFalse(screen.toLowerCase().contains(english),
          "English on an Indonesian screen: " + screen);
    }
    assertFalse(screen.contains("DITOLAK"), screen);
  }
}
