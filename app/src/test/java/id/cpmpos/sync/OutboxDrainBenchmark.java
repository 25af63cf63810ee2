package id.cpmpos.sync;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.journal.CancelRecord;
import id.cpmpos.journal.Journal;
import id.cpmpos.sandbox.Scenario;
import id.cpmpos.terminal.PaymentOutcome;
import id.cpmpos.testing.SandboxFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures, not assertions (run with {@code -Pbench}): how long a payment takes at the counter against
 * the sandbox on loopback, and how fast the outbox drains once the provider is back after an outage
 * during which cancels, refunds and unknown payments piled up.
 */
class OutboxDrainBenchmark {
  static final int PAYMENTS = 200;

  @TempDir Path dir;

  @Test
  void paymentLatencyAndOutboxDrainRate() throws Exception {
    try (SandboxFixture fixture = new SandboxFixture(dir);
        TerminalContext terminal = TerminalContext.open(fixture.config, Clock.systemUTC())) {
      Journal journal = terminal.journal();
      for (int i = 0; i < 20; i++) { // warm-up: JIT, token, pooled connection
        terminal.payments().pay("1000.00", fixture.customerQr(), null);
      }
      long[] payNanos = new long[PAYMENTS];
      List<String> paid = new ArrayList<>();
      for (int i = 0; i < PAYMENTS; i++) {
        String qr = fixture.customerQr();
        long t0 = System.nanoTime();
        PaymentOutcome o = terminal.payments().pay("10000.00", qr, null);
        payNanos[i] = System.nanoTime() - t0;
        paid.add(o.record().partnerReferenceNo());
      }
      int unknown = 50;
      for (int i = 0; i < unknown; i++) {
        terminal.payments().pay("5000.00", fixture.customerQr(Scenario.DROP), null);
      }

      int port = fixture.sandbox.port();
      fixture.sandbox.stopListening();
      for (int i = 0; i < PAYMENTS; i++) {
        String ref = paid.get(i);
        if (i % 2 == 0) {
          journal.recordCancelIntent(ref, "bench", CancelRecord.Requester.SUPERVISOR);
        } else {
          journal.recordRefundIntent("R" + ref.substring(1), ref, new java.math.BigDecimal("2500.00"), "bench");
        }
      }
      int queued = journal.pending().size();
      fixture.sandbox.start(port);

      long t0 = System.nanoTime();
      int passes = 0;
      while (!journal.pending().isEmpty() && passes < 20) {
        terminal.sync().runOnce(true);
        passes++;
      }
      double seconds = (System.nanoTime() - t0) / 1e9;

      Arrays.sort(payNanos);
      System.out.printf("%nPAYMENT at the counter (sandbox on loopback, %d payments, journal synchronous=FULL + audit):"
          + "%n  p50 %.1f ms  p99 %.1f ms  max %.1f ms%n", PAYMENTS, payNanos[PAYMENTS / 2] / 1e6,
          payNanos[PAYMENTS * 99 / 100] / 1e6, payNanos[PAYMENTS - 1] / 1e6);
      System.out.printf("OUTBOX DRAIN after an outage: %d pending (%d cancels, %d refunds, %d unknown payments)"
          + " drained in %.2f s over %d pass(es): %.0f actions/s; %d left%n%n", queued, PAYMENTS / 2, PAYMENTS / 2,
          unknown, seconds, passes, queued / seconds, journal.pending().size());
    }
  }
}
