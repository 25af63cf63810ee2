package id.cpmpos.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.journal.ActionState;
import id.cpmpos.journal.CancelRecord;
import id.cpmpos.journal.Journal;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.journal.PendingAction;
import id.cpmpos.sandbox.SandboxLedger;
import id.cpmpos.sandbox.SandboxOptions;
import id.cpmpos.sandbox.Scenario;
import id.cpmpos.snap.CancelRequest;
import id.cpmpos.snap.SnapService;
import id.cpmpos.terminal.PaymentOutcome;
import id.cpmpos.testing.Await;
import id.cpmpos.testing.MutableClock;
import id.cpmpos.testing.SandboxFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox worker against the real sandbox on loopback and a real journal, on a clock the test
 * moves: retries back off, an unreachable provider is only probed, and its return drains the outbox.
 */
class SyncWorkerIT {
  @TempDir Path dir;
  final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
  SandboxFixture fixture;
  TerminalContext terminal;
  Journal journal;
  Connectivity connectivity;
  SyncWorker worker;
  int port;

  @BeforeEach
  void start() throws Exception {
    fixture = new SandboxFixture(dir, SandboxOptions.defaults(), clock);
    terminal = TerminalContext.open(fixture.config, clock);
    journal = terminal.journal();
    connectivity = terminal.connectivity();
    port = fixture.sandbox.port();
    Reconciler reconciler = reconciler();
    Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), new Random(7));
    worker = new SyncWorker(journal, reconciler, backoff,
        new QuerySchedule(Duration.ofMinutes(3), backoff.ceiling(), RandomGenerator.getDefault()),
        connectivity,
        ReachabilityProbe.tcp("127.0.0.1", port, Duration.ofSeconds(1)), clock,
        Duration.ofMillis(20));
  }

  private Reconciler reconciler() {
    return new Reconciler(journal, terminal.snap(),
        new MerchantRefs(terminal.config().merchant().id(), null, null),
        connectivity, new InFlight(), new HeldWrites(), clock, Duration.ofMinutes(3));
  }

  @AfterEach
  void stop() {
    worker.close();
    terminal.close();
    fixture.close();
  }

  String paid() throws Exception {
    PaymentOutcome outcome = terminal.payments().pay("20000.00", fixture.customerQr(), null);
    assertTrue(outcome instanceof PaymentOutcome.Approved, outcome.toString());
    return outcome.record().partnerReferenceNo();
  }

  /** A payment the provider booked whose answer was lost: pending, to be queried. */
  String answerLost() throws Exception {
    PaymentOutcome outcome = terminal.payments().pay("30000.00", fixture.customerQr(Scenario.DROP),
        null);
    assertTrue(outcome instanceof PaymentOutcome.Pending, outcome.toString());
    return outcome.record().partnerReferenceNo();
  }

  PendingAction only() {
    List<PendingAction> pending = journal.syncSchedule().pending();
    assertEquals(1, pending.size(), pending.toString());
    return pending.get(0);
  }

  @Test
  void whileTheProviderIsDownRetriesBackOffAndOnlyTheProbeRuns() throws Exception {
    String ref = paid();
    fixture.sandbox.stopListening();
    journal.reversals().recordCancelIntent(ref, "test", CancelRecord.Requester.SUPERVISOR);

    // The first try may go out on a pooled keep-alive connection the provider has just closed: the
    // request was written, so it counts as a lost answer (UNKNOWN), not as proof of an outage.
    int passes = 0;
    do {
      assertEquals(1, worker.runOnce(false).attempted());
      passes++;
      clock.advance(Duration.ofMinutes(10));
    } while (!connectivity.isUnreachable() && passes < 3);
    assertEquals(Connectivity.State.UNREACHABLE, connectivity.state());
    PendingAction scheduled = only();
    assertEquals(passes, scheduled.attempts());
    assertEquals(ActionState.QUEUED, journal.reversals().cancel(ref).orElseThrow().state(),
        "refused: queued again");

    clock.advance(Duration.ofMinutes(1));
    assertEquals(0, worker.runOnce(false).attempted(),
        "unreachable: the probe fails, nothing is sent");
    assertEquals(passes, only().attempts());

    fixture.sandbox.start(port);
    SyncWorker.Pass back = worker.runOnce(false);

    assertEquals(1, back.finished());
    assertTrue(back.remaining().isEmpty());
    assertEquals(Connectivity.State.REACHABLE, connectivity.state());
    assertEquals(SandboxLedger.CANCELLED,
        fixture.sandbox.ledger().payment(ref).orElseThrow().status());
  }

  @Test
  void retriesThatKeepFailingWaitLongerEachTimeUpToTheCeiling() throws Exception {
    String ref = paid();
    fixture.sandbox.stopListening();
    journal.reversals().recordCancelIntent(ref, "test", CancelRecord.Requester.SUPERVISOR);
    long previous = 0;
    for (int attempt = 1; attempt <= 12; attempt++) {
      worker.runOnce(true); // "sync now": try regardless of schedule and probe
      PendingAction a = only();
      assertEquals(attempt, a.attempts());
      long wait = a.nextAttemptMillis() - clock.millis();
      assertTrue(wait <= 300_000, "ceiling: " + wait);
      if (attempt <= 7) {
        assertTrue(wait > previous / 2,
            "attempt " + attempt + " waits " + wait + " after " + previous);
      }
      previous = wait;
    }
    assertTrue(previous >= 150_000, "at the ceiling, with jitter: " + previous);
  }

  @Test
  void theRunningWorkerDrainsTheOutboxAsSoonAsTheProviderIsBack() throws Exception {
    String a = paid();
    String b = paid();
    fixture.sandbox.stopListening();
    journal.reversals().recordCancelIntent(a, "test", CancelRecord.Requester.SUPERVISOR);
    journal.reversals().recordCancelIntent(b, "test", CancelRecord.Requester.SUPERVISOR);
    worker.start();
    Await.until(Duration.ofSeconds(20), connectivity::isUnreachable,
        "the worker found the provider down");

    fixture.sandbox.start(port); // the schedule says minutes; the probe notices within its interval

    Await.until(Duration.ofSeconds(20), () -> journal.syncSchedule().pending().isEmpty(),
        "the outbox drained");
    assertEquals(PaymentState.CANCELLED, journal.payments().find(a).orElseThrow().state(),
        journal.reversals().cancel(a) + " "
            + journal.calls().of(a));
    assertEquals(PaymentState.CANCELLED, journal.payments().find(b).orElseThrow().state());
  }

  @Test
  void anAbandonedPaymentThatWentThroughIsReversed() throws Exception {
    String ref = answerLost();
    assertEquals(1, fixture.sandbox.ledger().chargedCount(),
        "the provider booked it; the answer was lost");

    terminal.reversals().abandon(ref);
    worker.runOnce(true);

    assertEquals(SandboxLedger.CANCELLED,
        fixture.sandbox.ledger().payment(ref).orElseThrow().status());
    assertEquals(0, fixture.sandbox.ledger().chargedCount());
    assertEquals(PaymentState.CANCELLED, journal.payments().find(ref).orElseThrow().state());
    assertEquals(CancelRecord.Requester.ABANDONED,
        journal.reversals().cancel(ref).orElseThrow().requestedBy());
    assertTrue(journal.syncSchedule().pending().isEmpty());
  }

  @Test
  void aQueryAnswerNeverReplacesAFinalStateButARealReversalShows() throws Exception {
    String ref = paid();
    Reconciler reconciler = reconciler();

    assertTrue(reconciler.queryNow(ref).finished());
    assertEquals(PaymentState.APPROVED, journal.payments().find(ref).orElseThrow().state());
    int callsBefore = journal.calls().of(ref).size();

    // Reversed at the provider by another party (e.g. the wallet's own cancel): the query learns it.
    terminal.snap()
        .cancel(new CancelRequest(ref, null, null, terminal.config().merchant().id(), null,
            null, null, "elsewhere", null));
    reconciler.queryNow(ref);
    assertEquals(PaymentState.CANCELLED, journal.payments().find(ref).orElseThrow().state());
    assertEquals(callsBefore + 1, journal.calls().of(ref).size(),
        "each query is on the payment's trail");

    // A stale "paid" can never bring it back.
    assertTrue(!PaymentState.CANCELLED.canMoveTo(PaymentState.APPROVED));
    reconciler.queryNow(ref);
    assertEquals(PaymentState.CANCELLED, journal.payments().find(ref).orElseThrow().state());
  }

  @Test
  void anIdlePassProbesSoTheStatusIsNeverStale() throws Exception {
    assertEquals(Connectivity.State.UNKNOWN, connectivity.state());
    worker.runOnce(false);
    assertEquals(Connectivity.State.REACHABLE, connectivity.state(), "probed at start-up");

    fixture.sandbox.stopListening();
    worker.runOnce(false);
    assertEquals(Connectivity.State.UNREACHABLE, connectivity.state(),
        "an idle pass notices the outage");
    assertEquals(0, fixture.sandbox.ledger().chargedCount(), "a probe sends nothing");
  }

  @Test
  void aPaymentWhoseAnswerWasLostIsQueriedAtOnceByTheRunningWorker() throws Exception {
    terminal.sync().start();
    Await.until(Duration.ofSeconds(10), () -> connectivity.state() == Connectivity.State.REACHABLE,
        "the start-up pass probed the provider");

    String ref = answerLost();

    // The worker sleeps up to 30 s when idle; the payment wakes it, so this settles in well under that.
    Await.until(Duration.ofSeconds(10),
        () -> journal.payments().find(ref).orElseThrow().state() == PaymentState.APPROVED,
        "settled by the worker's query");
  }

  @Test
  void aPassThatFindsThePaymentStillInFlightNeitherCountsNorDelaysItsQuery() throws Exception {
    terminal.sync().start();
    Await.until(Duration.ofSeconds(10), () -> connectivity.state() == Connectivity.State.REACHABLE,
        "the start-up pass probed the provider");
    // While the payment is in flight (booked at the provider, its answer not yet written), the
    // worker runs a pass, as its idle check or another sale's wake-up may make it do at any time.
    // Under load that is exactly what happened to the pending sale's own wake-up.
    AtomicReference<CountDownLatch> passed = new AtomicReference<>();
    terminal.sync().onPass(p -> {
      var latch = passed.get();
      if (latch != null) {
        latch.countDown();
      }
    });
    fixture.sandbox.beforeAnswering(service -> {
      if (service == SnapService.PAYMENT) {
        passed.set(new CountDownLatch(1));
        terminal.sync().wake();
        try {
          assertTrue(passed.get().await(10, TimeUnit.SECONDS), "a pass ran during the flight");
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    });

    String ref = answerLost();

    // The clock does not move: a query pushed back by a backoff would never be due again.
    Await.until(Duration.ofSeconds(10),
        () -> journal.payments().find(ref).orElseThrow().state() == PaymentState.APPROVED,
        "settled by the worker's query as soon as the payment left flight");
  }

  @Test
  void aPaymentTheProviderNeverBookedIsQueriedFastAtTheCounterAndIsNotChargedWhenTheCountdownEnds()
      throws Exception {
    // 5006001: the provider failed and booked nothing; until the request has expired it may still
    // appear there, so the terminal cannot call it before the moment of certainty (3 min here).
    PaymentOutcome outcome = terminal.payments().pay("30000.00",
        fixture.customerQr(Scenario.ERROR_500), null);
    assertTrue(outcome instanceof PaymentOutcome.Pending, outcome.toString());
    String ref = outcome.record().partnerReferenceNo();
    Instant made = outcome.record().createdAt().toInstant();
    Instant certain = terminal.payments().outcomeCertainBy(outcome.record()).toInstant();
    assertEquals(made.plus(Duration.ofMinutes(3)), certain);

    int inTheFirstMinute = 0;
    int afterIt = 0;
    SyncWorker sync = terminal.sync();
    while (!journal.payments().find(ref).orElseThrow().state().isFinal()) {
      assertEquals(1, sync.runOnce(false).attempted(), "the query is due when the schedule says");
      if (clock.instant().isBefore(made.plus(Duration.ofMinutes(1)))) {
        inTheFirstMinute++;
      } else {
        afterIt++;
      }
      if (journal.syncSchedule().pending().isEmpty()) {
        break;
      }
      long next = only().nextAttemptMillis();
      assertTrue(next > clock.millis(), "scheduled ahead");
      assertEquals(0, sync.runOnce(false).attempted(), "nothing is due before its time");
      clock.advance(Duration.ofMillis(next - clock.millis()));
    }

    assertEquals(PaymentState.NOT_CHARGED, journal.payments().find(ref).orElseThrow().state(),
        "not charged, not declined");
    assertEquals(certain, clock.instant(),
        "settled exactly when the countdown ends, not at the next slow query");
    assertTrue(inTheFirstMinute >= 20,
        inTheFirstMinute + " queries while the customer stood there");
    assertTrue(afterIt <= 12, afterIt + " queries in the two minutes after");
    assertEquals(0, fixture.sandbox.ledger().chargedCount());
  }

  @Test
  void afterAProviderBlipTheNextSaleGoesOutOnAFreshConnection() throws Exception {
    paid(); // leaves a pooled keep-alive connection to the provider
    String qr = fixture.customerQr(); // the customer's phone got its QR before the blip
    fixture.sandbox.stopListening();
    terminal.sync().runOnce(false); // an idle pass: the probe finds the provider gone
    assertEquals(Connectivity.State.UNREACHABLE, connectivity.state());
    fixture.sandbox.start(port);

    PaymentOutcome next = terminal.payments().pay("20000.00", qr, null);

    // On the old pooled connection this would have been "unexpected end of stream": pending.
    assertTrue(next instanceof PaymentOutcome.Approved, next.toString());
  }

  @Test
  void syncNowAgainstAProviderThatIsDownStopsAtTheFirstRefusal() throws Exception {
    List<String> refs = List.of(paid(), paid(), paid(), paid());
    fixture.sandbox.stopListening();
    for (String ref : refs) {
      journal.reversals().recordCancelIntent(ref, "test", CancelRecord.Requester.SUPERVISOR);
    }

    SyncWorker.Pass pass = worker.runOnce(true);

    // At most one try on a pooled connection that turns out dead, then one refused: the other two
    // would each only have waited for their own refusal (or, offline, a connect timeout).
    assertTrue(pass.attempted() <= 2, "attempted " + pass.attempted());
    assertEquals(4, pass.remaining().count());
    assertEquals(Connectivity.State.UNREACHABLE, connectivity.state());
  }

  @Test
  void aQueryThatSettlesCommitsItsCallAndTheAnswerOnce() throws Exception {
    String ref = answerLost();
    long before = journal.commits();

    assertTrue(reconciler().query(ref).finished());

    assertEquals(PaymentState.APPROVED, journal.payments().find(ref).orElseThrow().state());
    assertEquals(SnapService.QUERY.name(),
        journal.calls().of(ref).get(journal.calls().of(ref).size() - 1).service());
    assertEquals(1, journal.commits() - before, "the query's record and its answer, one sync");
  }

  @Test
  void onceTheProviderHasAnsweredAPassHasPaymentsInFlightAtOnce() throws Exception {
    List<String> refs = List.of(paid(), paid(), paid());
    for (String ref : refs) {
      journal.reversals().recordCancelIntent(ref, "test", CancelRecord.Requester.SUPERVISOR);
    }
    AtomicInteger cancels = new AtomicInteger();
    CountDownLatch secondAndThird = new CountDownLatch(2);
    AtomicBoolean overlapped = new AtomicBoolean();
    fixture.sandbox.beforeAnswering(service -> {
      // The first cancel goes alone (nothing has answered yet in this pass); the other two must
      // then be at the provider together: the one that comes first waits here for the other.
      int arrived = service == SnapService.CANCEL ? cancels.incrementAndGet() : 0;
      if (arrived > 1) {
        secondAndThird.countDown();
        try {
          if (secondAndThird.await(10, TimeUnit.SECONDS) && arrived == 2) {
            overlapped.set(true);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    });

    SyncWorker.Pass pass = worker.runOnce(true);

    assertEquals(3, pass.finished(), pass.toString());
    assertTrue(overlapped.get(), "the second and third cancels were in flight at once");
    for (String ref : refs) {
      assertEquals(PaymentState.CANCELLED, journal.payments().find(ref).orElseThrow().state());
    }
  }

  @Test
  void twoActionsOfOnePaymentAreNeverInFlightAtOnce() throws Exception {
    String first = paid();
    String twoRefunds = paid();
    String other = paid();
    // Oldest first: the first cancel goes alone, then the refunds and the other cancel beside them.
    journal.reversals().recordCancelIntent(first, "test", CancelRecord.Requester.SUPERVISOR);
    clock.advance(Duration.ofSeconds(1));
    journal.reversals().recordRefundIntent("RF-1", twoRefunds, new BigDecimal("1000.00"), "test");
    clock.advance(Duration.ofSeconds(1));
    journal.reversals().recordRefundIntent("RF-2", twoRefunds, new BigDecimal("2000.00"), "test");
    clock.advance(Duration.ofSeconds(1));
    journal.reversals().recordCancelIntent(other, "test", CancelRecord.Requester.SUPERVISOR);
    AtomicInteger refundsAtTheProvider = new AtomicInteger();
    AtomicBoolean twoAtOnce = new AtomicBoolean();
    CountDownLatch secondRefund = new CountDownLatch(1);
    fixture.sandbox.beforeAnswering(service -> {
      if (service != SnapService.REFUND) {
        return;
      }
      if (refundsAtTheProvider.incrementAndGet() > 1) {
        twoAtOnce.set(true);
        secondRefund.countDown();
      } else {
        try {
          // Holds the first refund; a second one of the same payment sent beside it would arrive
          // meanwhile. Sent in turn, it never does, and this wait runs out (its one second is the
          // price of proving an absence).
          secondRefund.await(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      refundsAtTheProvider.decrementAndGet();
    });

    SyncWorker.Pass pass = worker.runOnce(true);

    assertEquals(4, pass.finished(), pass.toString());
    assertTrue(!twoAtOnce.get(), "the two refunds of one payment were sent one after the other");
    assertEquals(ActionState.SUCCEEDED, journal.reversals().refund("RF-1").orElseThrow().state());
    assertEquals(ActionState.SUCCEEDED, journal.reversals().refund("RF-2").orElseThrow().state());
  }
}
