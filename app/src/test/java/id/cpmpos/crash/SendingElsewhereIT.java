package id.cpmpos.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.journal.CallRecord;
import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.sandbox.Scenario;
import id.cpmpos.snap.SnapService;
import id.cpmpos.testing.SandboxFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A counter runs the {@code sync} worker and takes payments with the CLI: two processes on one
 * journal. The worker must leave a payment alone while the process that sends it still waits for
 * the answer; a worker that took it over marked it UNKNOWN, and the provider's decline that then
 * arrived could not be recorded, so the cashier was told "pending" for a declined payment.
 */
class SendingElsewhereIT {
  @TempDir Path dir;
  SandboxFixture fixture;

  @BeforeEach
  void start() throws Exception {
    fixture = new SandboxFixture(dir);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void theSyncWorkerOfAnotherProcessLeavesAPaymentAloneWhileItsSenderWaitsForTheAnswer()
      throws Exception {
    CountDownLatch booked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean first = new AtomicBoolean(true);
    fixture.sandbox.beforeAnswering(s -> {
      if (s == SnapService.PAYMENT && first.getAndSet(false)) {
        booked.countDown();
        try {
          release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    });
    String qr = fixture.customerQr(Scenario.INSUFFICIENT_FUNDS);
    try (
        ChildTerminal pay = ChildTerminal.start(fixture.config, dir.resolve("logs"), null, Map.of(),
            "pay", "--amount", "12345.00", "--qr", qr, "--json");
        TerminalContext worker = TerminalContext.open(fixture.config, Clock.systemUTC())) {
      assertTrue(booked.await(60, TimeUnit.SECONDS),
          "the provider got the payment\n" + pay.stderr());
      // The worker's regular pass, while the CLI's payment is SENDING and its answer held back.
      worker.sync().runOnce(false);
      String ref = worker.journal().payments().recent(1).get(0).partnerReferenceNo();
      assertEquals(PaymentState.SENDING,
          worker.journal().payments().find(ref).orElseThrow().state(),
          "the worker took over a payment that is still being sent");

      release.countDown();
      assertEquals(1, pay.exitStatus(),
          "declined, as the provider said\n" + pay.stdout() + pay.stderr());
      PaymentRecord row = worker.journal().payments().find(ref).orElseThrow();
      assertEquals(PaymentState.DECLINED, row.state());
      assertEquals("4036014", row.responseCode());
      assertEquals(0,
          worker.journal().calls().of(ref).stream().map(CallRecord::service).filter("QUERY"::equals)
              .count(),
          "nobody had to ask the provider");
    } finally {
      release.countDown();
      fixture.sandbox.beforeAnswering(s -> {});
    }
  }
}
