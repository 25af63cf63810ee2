package id.cpmpos.ui.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.sandbox.SandboxOptions;
import id.cpmpos.sandbox.Scenario;
import id.cpmpos.testing.MutableClock;
import id.cpmpos.testing.SandboxFixture;
import id.cpmpos.ui.Formats;
import id.cpmpos.ui.history.HistoryViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A payment the provider did not book (5006001) while the customer waits: the checkout counts down
 * to the moment its outcome is certain, offers Abandon, and ends on what happened, "not charged",
 * in the cashier's language only. On a clock the test moves; no stage, no sleeps.
 */
class CheckoutCountdownTest {
  @TempDir Path dir;
  final MutableClock clock = new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
  final Executor direct = Runnable::run;
  SandboxFixture fixture;
  TerminalContext terminal;
  CheckoutViewModel vm;

  void open(String language) throws Exception {
    fixture = new SandboxFixture(dir, SandboxOptions.defaults(), clock);
    fixture.override("ui.language", language);
    terminal = TerminalContext.open(fixture.config, clock);
    vm = new CheckoutViewModel(terminal.payments(), terminal.reversals(), terminal.messages(), clock, direct, direct);
  }

  @AfterEach
  void stop() {
    terminal.close();
    fixture.close();
  }

  void payNeverBooked() {
    vm.amountProperty().set("30000");
    vm.scanProperty().set(fixture.customerQr(Scenario.ERROR_500));
    vm.pay();
    assertEquals(CheckoutPhase.PENDING, vm.phaseProperty().get());
  }

  @Test
  void theCountdownRunsToTheMomentOfCertaintyAndAbandonIsOffered() throws Exception {
    open("en");
    payNeverBooked();

    assertEquals("Outcome certain in 3:00. The customer may wait; if they cannot, press Abandon.",
        vm.countdownProperty().get());
    assertTrue(vm.canAbandonProperty().get());
    clock.advance(Duration.ofSeconds(65));
    vm.tick();
    assertTrue(vm.countdownProperty().get().startsWith("Outcome certain in 1:55."), vm.countdownProperty().get());
    clock.advance(Duration.ofSeconds(115));
    vm.tick();
    assertEquals("Asking the provider for the final outcome…", vm.countdownProperty().get());

    terminal.sync().runOnce(false);
    vm.refreshPending();

    assertEquals(CheckoutPhase.NOT_CHARGED, vm.phaseProperty().get());
    assertEquals("NOT CHARGED", vm.headlineProperty().get());
    assertFalse(vm.detailProperty().get().toLowerCase().contains("declin"), vm.detailProperty().get());
    assertEquals("", vm.countdownProperty().get(), "no countdown once the outcome is known");
    assertFalse(vm.canAbandonProperty().get());
  }

  @Test
  void onAnIndonesianScreenItEndsTidakDitagihWithNoEnglishAndHistoryDoesNotFileItAsDeclined() throws Exception {
    open("id");
    payNeverBooked();
    assertTrue(vm.countdownProperty().get().startsWith("Hasil pasti dalam 3:00."), vm.countdownProperty().get());

    clock.advance(Duration.ofMinutes(3));
    terminal.sync().runOnce(false);
    vm.refreshPending();

    assertEquals(CheckoutPhase.NOT_CHARGED, vm.phaseProperty().get());
    assertEquals("TIDAK DITAGIH", vm.headlineProperty().get());
    String screen = vm.headlineProperty().get() + " " + vm.detailProperty().get() + " " + vm.countdownProperty().get();
    for (String english : List.of("the ", "not ", "found", "charged", "declined", "expiry", "provider")) {
      assertFalse(screen.toLowerCase().contains(english), "English on an Indonesian screen: " + screen);
    }
    assertFalse(screen.contains("DITOLAK"), screen);

    HistoryViewModel history = new HistoryViewModel(terminal.history(), terminal.messages(),
        new Formats(terminal.messages(), terminal.config().zone()), direct, direct);
    history.refresh();
    assertEquals("Tidak ditagih", history.rows().get(0).state());
  }
}
