package id.cpmpos.ui.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.sandbox.Scenario;
import id.cpmpos.terminal.PaymentOutcome;
import id.cpmpos.testing.MutableClock;
import id.cpmpos.testing.SandboxFixture;
import id.cpmpos.ui.TaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo phone without a stage, against the real sandbox: scenario, used and expired QRs, feedback. */
class WalletViewModelIT {
  @TempDir Path dir;
  SandboxFixture fixture;
  TerminalContext terminal;
  final MutableClock phoneClock = new MutableClock(Instant.now());
  final Executor direct = Runnable::run;
  WalletViewModel vm;

  @BeforeEach
  void start() throws Exception {
    fixture = new SandboxFixture(dir);
    fixture.override("ui.language", "en");
    terminal = TerminalContext.open(fixture.config, Clock.systemUTC());
    vm = new WalletViewModel(terminal.wallet(), fixture.sandbox.ledger()::qrUsed,
        terminal.messages(), phoneClock,
        new TaskExecutor(direct, direct));
  }

  @AfterEach
  void stop() {
    terminal.close();
    fixture.close();
  }

  @Test
  void choosingAScenarioMakesANewQrThatPlaysIt() throws Exception {
    vm.newQr();
    String first = vm.contentProperty().get();
    assertEquals("New QR ready (approve)", vm.feedbackProperty().get());

    vm.scenarioProperty().set(Scenario.INSUFFICIENT_FUNDS);

    String second = vm.contentProperty().get();
    assertNotEquals(first, second, "a new QR, not the old one with another label");
    assertEquals("New QR ready (insufficient-funds)", vm.feedbackProperty().get());
    PaymentOutcome o = terminal.payments().pay("10000", second, null);
    assertTrue(o instanceof PaymentOutcome.Declined, o.toString());
  }

  @Test
  void aQrThatPaidSaysSoAndNeverCountsDown() throws Exception {
    vm.newQr();
    assertTrue(vm.statusProperty().get().startsWith("Valid for "), vm.statusProperty().get());
    assertFalse(vm.unusableProperty().get());

    terminal.payments().pay("10000", vm.contentProperty().get(), null);
    vm.tick();

    assertEquals("Used: this QR has paid. Make a new QR for the next payment.",
        vm.statusProperty().get());
    assertTrue(vm.unusableProperty().get(), "it can be neither shown nor copied");
    phoneClock.advance(Duration.ofSeconds(5));
    vm.tick();
    assertEquals("Used: this QR has paid. Make a new QR for the next payment.",
        vm.statusProperty().get());

    vm.newQr();
    assertFalse(vm.unusableProperty().get(), "a new QR is usable again");
  }

  @Test
  void anExpiredQrSaysSo() {
    vm.newQr();
    phoneClock.advance(Duration.ofMinutes(10)); // the QR lives 60 s from when it was made
    vm.tick();

    assertEquals("Expired: make a new QR", vm.statusProperty().get());
    assertTrue(vm.unusableProperty().get());
  }

  @Test
  void everyActionSaysWhatItDid() {
    vm.newQr();
    vm.copied();
    assertEquals("Copied: paste it into the counter's scan field", vm.feedbackProperty().get());
    vm.shownToCamera();
    assertEquals("Held up to the counter's camera", vm.feedbackProperty().get());
  }
}
