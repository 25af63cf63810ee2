package id.cpmpos.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.cli.CpmPosCommand;
import id.cpmpos.config.ConfigKeys;
import id.cpmpos.journal.ActionState;
import id.cpmpos.journal.Journal;
import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.journal.PaymentRules;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.journal.RefundRecord;
import id.cpmpos.sandbox.SandboxLedger;
import id.cpmpos.snap.SnapService;
import id.cpmpos.sync.Checkpoint;
import id.cpmpos.terminal.SupervisorPin;
import id.cpmpos.testing.SandboxFixture;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The promise, tested the hard way: the terminal runs as its own JVM and is killed with SIGKILL at
 * each step of a payment, a cancel and a refund; then it is started again and its sync finishes the
 * work. Every case must end with the provider having done the thing exactly once, and the journal
 * saying so. The provider is the real sandbox on loopback, in this JVM, so it survives the kills. A
 * sync service stopped the polite way (SIGTERM, its shutdown hook closing the journal under a send)
 * must keep the same promise.
 */
class CrashRecoveryIT {
  static final String PIN = "246810";

  /** Where the terminal dies. WRITTEN: the provider has the request and booked it; its answer never arrives. */
  enum Step {
    INTENT, SENDING, WRITTEN, ANSWERED
  }

  @TempDir Path dir;
  SandboxFixture fixture;

  @BeforeEach
  void start() throws Exception {
    fixture = new SandboxFixture(dir);
    // The restarted terminal may call "not found" final at once: the tests' clock cannot wait 3 minutes.
    fixture.override(ConfigKeys.NOT_FOUND_FINAL_SECONDS, "0");
    // The real PIN code, with few PBKDF2 iterations: the hash carries its count, so the children
    // verify with the same; 600,000 rounds per child would only slow the test down.
    try (Journal journal = journal()) {
      new SupervisorPin(journal, 1_000, Clock.systemUTC()).set(null, PIN.toCharArray());
    }
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @ParameterizedTest
  @EnumSource(value = Step.class, names = {"INTENT", "WRITTEN", "ANSWERED"})
  void aPaymentKilledAtAnyStepEndsChargedAtMostOnceAndTheJournalAgrees(Step step) throws Exception {
    String qr = fixture.customerQr();
    String[] pay = {"pay", "--amount", "10000.00", "--qr", qr, "--json"};
    switch (step) {
      case INTENT -> killAt(Checkpoint.PAYMENT_INTENT, pay);
      case WRITTEN -> afterProviderBooked(SnapService.PAYMENT, pinEnv(), ChildTerminal::kill, pay);
      case ANSWERED -> killAt(Checkpoint.PAYMENT_ANSWERED, pay);
      default -> throw new IllegalArgumentException(step.name());
    }

    recover();

    PaymentRecord row = onlyPayment();
    if (step == Step.INTENT) {
      // Killed before a byte left: the provider never saw it, and after its expiry the terminal knows
      // nothing was charged. That is NOT_CHARGED, never DECLINED: nobody declined anything.
      assertEquals(0, fixture.sandbox.ledger().chargedCount());
      assertEquals(PaymentState.NOT_CHARGED, row.state());
    } else {
      assertEquals(1, fixture.sandbox.ledger().chargedCount(), "charged exactly once");
      assertEquals(PaymentState.APPROVED, row.state());
      assertEquals(provider(row.partnerReferenceNo()).referenceNo(), row.referenceNo());
    }
  }

  @ParameterizedTest
  @EnumSource(Step.class)
  void aCancelKilledAtAnyStepIsSentAgainAndReversesThePaymentOnce(Step step) throws Exception {
    String ref = payApproved("25000.00");
    String[] cancel = {"cancel", "--ref", ref, "--json"};
    switch (step) {
      case INTENT -> killAt(Checkpoint.CANCEL_INTENT, cancel);
      case SENDING -> killAt(Checkpoint.CANCEL_SENDING, cancel);
      case WRITTEN ->
        afterProviderBooked(SnapService.CANCEL, pinEnv(), ChildTerminal::kill, cancel);
      case ANSWERED -> killAt(Checkpoint.CANCEL_ANSWERED, cancel);
    }

    recover();

    assertEquals(SandboxLedger.CANCELLED, provider(ref).status());
    assertEquals(0, fixture.sandbox.ledger().chargedCount());
    try (Journal journal = journal()) {
      assertEquals(PaymentState.CANCELLED, journal.payments().find(ref).orElseThrow().state());
      assertEquals(ActionState.SUCCEEDED, journal.reversals().cancel(ref).orElseThrow().state());
      assertTrue(journal.verify().intact(), "the audit chain holds across the crash");
    }
  }

  @ParameterizedTest
  @EnumSource(Step.class)
  void aRefundKilledAtAnyStepIsSentAgainAndRefundsOnce(Step step) throws Exception {
    String ref = payApproved("10000.00");
    String[] refund = {"refund", "--ref", ref, "--amount", "4000.00", "--json"};
    switch (step) {
      case INTENT -> killAt(Checkpoint.REFUND_INTENT, refund);
      case SENDING -> killAt(Checkpoint.REFUND_SENDING, refund);
      case WRITTEN ->
        afterProviderBooked(SnapService.REFUND, pinEnv(), ChildTerminal::kill, refund);
      case ANSWERED -> killAt(Checkpoint.REFUND_ANSWERED, refund);
    }

    recover();

    assertRefundedOnce(ref, "4000.00");
  }

  /**
   * A service manager stops {@code sync} (SIGTERM) while it sends a refund: the provider has booked
   * it, its answer is not back. The shutdown hook closes the worker and the journal under the send;
   * the next start sends the refund again and the provider refunds once.
   */
  @Test
  void aRefundTheSyncServiceIsSendingWhenItIsStoppedRefundsOnce() throws Exception {
    String ref = payApproved("10000.00");
    killAt(Checkpoint.REFUND_INTENT, "refund", "--ref", ref, "--amount", "4000.00", "--json");

    afterProviderBooked(SnapService.REFUND, Map.of(), ChildTerminal::terminate, "sync");

    recover();
    assertRefundedOnce(ref, "4000.00");
  }

  // ---- the steps ----

  /** Runs the command in a child JVM that stops at {@code checkpoint}, and kills it there. */
  void killAt(String checkpoint, String... args) throws Exception {
    try (ChildTerminal child = ChildTerminal.start(fixture.config, dir.resolve("logs"), checkpoint,
        pinEnv(), args)) {
      assertEquals(checkpoint, child.awaitCheckpoint());
      child.kill();
    }
  }

  /** How a child is stopped: SIGKILL (a power cut) or SIGTERM (a service manager's stop). */
  interface Stop {
    void stop(ChildTerminal child) throws Exception;
  }

  /**
   * Runs the command in a child JVM and stops it once the provider booked the first request of
   * {@code service}, before its answer is back.
   */
  void afterProviderBooked(SnapService service, Map<String, String> env, Stop stop, String... args)
      throws Exception {
    CountDownLatch booked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean first = new AtomicBoolean(true);
    fixture.sandbox.beforeAnswering(s -> {
      if (s == service && first.getAndSet(false)) {
        booked.countDown();
        try {
          release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    });
    try (ChildTerminal child = ChildTerminal.start(fixture.config, dir.resolve("logs"), null,
        env, args)) {
      assertTrue(booked.await(60, TimeUnit.SECONDS),
          "the provider got the request\n" + child.stderr());
      stop.stop(child);
    } finally {
      release.countDown();
      fixture.sandbox.beforeAnswering(s -> {});
    }
  }

  /** Starts the terminal again, as its own JVM, and lets the sync finish everything. */
  void recover() throws Exception {
    try (ChildTerminal sync = ChildTerminal.start(fixture.config, dir.resolve("logs"), null,
        Map.of(),
        "sync", "--once", "--json")) {
      assertEquals(0, sync.exitStatus(), "nothing left pending\n" + sync.stdout() + sync.stderr());
    }
  }

  String payApproved(String amount) {
    StringWriter out = new StringWriter();
    int status = CpmPosCommand.run(new BufferedReader(new StringReader("")), Map.of(),
        new PrintWriter(out, true),
        new PrintWriter(new StringWriter(), true), "--config", fixture.config.toString(), "pay",
        "--amount", amount,
        "--qr", fixture.customerQr());
    assertEquals(0, status, out.toString());
    try (Journal journal = journal()) {
      return journal.payments().recent(1).get(0).partnerReferenceNo();
    }
  }

  Map<String, String> pinEnv() {
    return Map.of("CPM_POS_PIN", PIN);
  }

  void assertRefundedOnce(String ref, String amount) {
    List<SandboxLedger.Refund> atProvider = fixture.sandbox.ledger().refunds(ref);
    assertEquals(1, atProvider.size(), "refunded exactly once");
    assertEquals(amount, atProvider.get(0).amount());
    assertEquals(amount, provider(ref).refunded());
    try (Journal journal = journal()) {
      List<RefundRecord> refunds = journal.reversals().refunds(ref);
      assertEquals(1, refunds.size());
      assertEquals(ActionState.SUCCEEDED, refunds.get(0).state());
      assertEquals(atProvider.get(0).refundNo(), refunds.get(0).refundNo());
      assertEquals(atProvider.get(0).partnerRefundNo(), refunds.get(0).partnerRefundNo());
      assertEquals(PaymentState.APPROVED, journal.payments().find(ref).orElseThrow().state(),
          "partly refunded");
      assertEquals(0, new BigDecimal(amount)
          .compareTo(PaymentRules.refunded(journal.reversals().refunds(ref))));
      assertTrue(journal.verify().intact(), "the audit chain holds across the crash");
    }
  }

  Journal journal() {
    return Journal.open(dir.resolve("journal.db"), Clock.systemUTC(), ZoneId.of("Asia/Jakarta"));
  }

  PaymentRecord onlyPayment() {
    try (Journal journal = journal()) {
      List<PaymentRecord> rows = journal.payments().recent(10);
      assertEquals(1, rows.size());
      return rows.get(0);
    }
  }

  SandboxLedger.Payment provider(String ref) {
    return fixture.sandbox.ledger().payment(ref).orElseThrow();
  }
}
