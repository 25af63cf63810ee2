package id.cpmpos.terminal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.config.TerminalConfig;
import id.cpmpos.snap.ScannerInfo;
import id.cpmpos.sync.HeldWrites;
import id.cpmpos.sync.InFlight;
import id.cpmpos.testing.SandboxFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new payment's reference is one nobody is sending: were it held (two references drawn alike), the
 * payment would go out under it and, on finishing, release the other sender's hold, and the sync
 * worker could take over that payment while its answer was still on the way.
 */
class PaymentReferenceIT {
  @TempDir Path dir;

  @Test
  void aReferenceSomeoneIsSendingIsNeitherUsedNorReleased() throws Exception {
    // Two reference sources on the same clock and seed draw the same references.
    Clock frozen = Clock.fixed(Instant.parse("2026-12-02T03:00:00Z"), ZoneOffset.UTC);
    String held = new ReferenceNumbers(frozen, ZoneOffset.UTC, "T0000001", new SplittableRandom(7))
        .next("P");
    InFlight inFlight = new InFlight();
    try (SandboxFixture fixture = new SandboxFixture(dir);
        TerminalContext terminal = TerminalContext.open(fixture.config, Clock.systemUTC())) {
      assertTrue(inFlight.begin(InFlight.Work.PAYMENT, held)); // another thread is sending it
      TerminalConfig.Merchant m = terminal.config().merchant();
      TerminalProfile profile = new TerminalProfile(m.id(), m.subMerchantId(), m.terminalId(),
          m.externalStoreId(),
          m.name(), m.location(), m.acquirerName(), "IDR",
          new ScannerInfo(m.terminalId(), "test", "manual-entry",
              "127.0.0.1"),
          false, terminal.config().zone(), new BigDecimal("10000000.00"));
      PaymentService payments = new PaymentService(terminal.journal(), terminal.snap(), profile,
          new ReferenceNumbers(frozen, ZoneOffset.UTC, "T0000001", new SplittableRandom(7)),
          new QrContentCheck(true),
          Clock.systemUTC(), inFlight, terminal.connectivity(), new HeldWrites(),
          Duration.ofMinutes(3), () -> {});

      PaymentOutcome outcome = payments.pay("10000.00", fixture.customerQr(), null);

      assertInstanceOf(PaymentOutcome.Approved.class, outcome);
      assertNotEquals(held, outcome.record().partnerReferenceNo());
      assertFalse(inFlight.begin(InFlight.Work.PAYMENT, held),
          "the other sender's hold was released");
    }
  }
}
