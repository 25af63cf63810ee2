package id.cpmpos.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.sandbox.Scenario;
import id.cpmpos.terminal.PaymentOutcome;
import id.cpmpos.testing.Await;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Demo mode wires a fresh sandbox, the wallet and the notify receiver together on loopback. */
class DemoModeIT {
  @TempDir Path dir;

  @Test
  void aWalletQrPaysAndTheTerminalReceivesTheNotify() throws Exception {
    try (
        TerminalContext demo = TerminalContext.demo(Clock.systemUTC(), dir.resolve("journal.db"))) {
      demo.startNotifyReceiver();
      assertTrue(demo.isDemo());
      assertTrue(demo.config().provider().baseUrl().startsWith("http://127.0.0.1:"));

      String qr = demo.wallet().generate(Scenario.APPROVE).content();
      PaymentOutcome outcome = demo.payments().pay("10000", qr, null);

      assertInstanceOf(PaymentOutcome.Approved.class, outcome);
      assertTrue(outcome.record().training(),
          "demo payments are training rows, excluded from reports");
      Await.until(Duration.ofSeconds(10), () -> demo.sandbox().notifiesDelivered() == 1,
          "notify received");
    }
  }

  @Test
  void aRestartedDemosNotifiesAreAcceptedAtTheFirstAttempt() throws Exception {
    // The sandbox numbers its notifies' X-EXTERNAL-IDs; the terminal's journal remembers the day's
    // ids across restarts. Numbering again from 1 after a restart had every notify refused as a replay.
    for (int run = 1; run <= 2; run++) {
      try (TerminalContext demo = TerminalContext.demo(Clock.systemUTC(),
          dir.resolve("journal.db"))) {
        demo.startNotifyReceiver();
        for (int sale = 1; sale <= 2; sale++) {
          demo.payments().pay("10000", demo.wallet().generate(Scenario.APPROVE).content(), null);
          int expected = sale;
          Await.until(Duration.ofSeconds(10),
              () -> demo.sandbox().notifiesDelivered()
                  + demo.sandbox().notifiesRefused() >= expected,
              "run " + run + ", sale " + sale + ": notify answered");
        }
        assertEquals(0, demo.sandbox().notifiesRefused(), "run " + run + ": no notify refused");
        assertEquals(2, demo.sandbox().notifiesDelivered());
      }
    }
  }

  @Test
  void aPaymentWhoseAnswerIsLostIsSettledByTheNotify() throws Exception {
    try (
        TerminalContext demo = TerminalContext.demo(Clock.systemUTC(), dir.resolve("journal.db"))) {
      demo.startNotifyReceiver();
      PaymentOutcome outcome = demo.payments().pay("10000",
          demo.wallet().generate(Scenario.DROP).content(), null);
      assertInstanceOf(PaymentOutcome.Pending.class, outcome);
      String ref = outcome.record().partnerReferenceNo();
      Await.until(Duration.ofSeconds(10),
          () -> "00"
              .equals(demo.journal().payments().find(ref).orElseThrow().latestTransactionStatus()),
          "notify applied");
      assertEquals(1, demo.sandbox().ledger().chargedCount());
    }
  }

  @Test
  void whatWasPendingWhenTheDemoClosedIsSettledWhenItOpensAgain() throws Exception {
    String ref;
    try (
        TerminalContext demo = TerminalContext.demo(Clock.systemUTC(), dir.resolve("journal.db"))) {
      PaymentOutcome outcome = demo.payments().pay("10000",
          demo.wallet().generate(Scenario.DROP).content(), null);
      assertInstanceOf(PaymentOutcome.Pending.class, outcome);
      ref = outcome.record().partnerReferenceNo();
    }
    try (
        TerminalContext demo = TerminalContext.demo(Clock.systemUTC(), dir.resolve("journal.db"))) {
      demo.sync().runOnce(true);
      assertEquals("00",
          demo.journal().payments().find(ref).orElseThrow().latestTransactionStatus());
      assertEquals(1, demo.sandbox().ledger().chargedCount());
    }
  }

  @Test
  void onAFreshMachineTheDemoCreatesItsDataDirectory() throws Exception {
    Path fresh = dir.resolve("home/.local/share/cpm-pos/demo/journal.db");
    try (TerminalContext demo = TerminalContext.demo(Clock.systemUTC(), fresh)) {
      PaymentOutcome outcome = demo.payments().pay("10000",
          demo.wallet().generate(Scenario.APPROVE).content(), null);
      assertInstanceOf(PaymentOutcome.Approved.class, outcome);
    }
  }
}
