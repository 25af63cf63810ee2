package id.cpmpos.bench;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.config.TerminalConfig;
import id.cpmpos.journal.CancelRecord;
import id.cpmpos.journal.Journal;
import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.sandbox.Scenario;
import id.cpmpos.snap.Amount;
import id.cpmpos.snap.CallOutcome;
import id.cpmpos.snap.CancelRequest;
import id.cpmpos.snap.QueryRequest;
import id.cpmpos.snap.RefundRequest;
import id.cpmpos.snap.SnapClient;
import id.cpmpos.terminal.PaymentOutcome;
import id.cpmpos.testing.SandboxFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox after an outage: {@code -Dbench.drain=N} (default 10 000) actions, a third each queries
 * of payments whose answer was lost, cancels and refunds, queued while the sandbox was down and drained
 * by the sync worker once it is back; beside the same calls (same kinds, same counts, other payments)
 * made by a plain loop over the SNAP client, with no journal, against the same sandbox.
 */
class DrainBenchmark {
  private static final int N = Integer.getInteger("bench.drain", 10_000);

  @TempDir Path dir;

  @Test
  void outboxDrainBesidePlainClientLoop() throws Exception {
    try (SandboxFixture fixture = new SandboxFixture(dir);
        TerminalContext terminal = TerminalContext.open(fixture.config, Clock.systemUTC())) {
      int third = N / 3;
      long setup = System.nanoTime();
      Batch queued = batch(fixture, terminal, third, N - 2 * third, third);
      Batch plain = batch(fixture, terminal, third, N - 2 * third, third);
      System.out.printf("%nDRAIN: %d + %d payments set up in %.0f s%n", queued.size(), plain.size(),
          (System.nanoTime() - setup) / 1e9);

      Journal journal = terminal.journal();
      int port = fixture.sandbox.port();
      fixture.sandbox.stopListening();
      for (String ref : queued.cancels) {
        journal.reversals().recordCancelIntent(ref, "bench", CancelRecord.Requester.SUPERVISOR);
      }
      for (String ref : queued.refunds) {
        journal.reversals().recordRefundIntent("R" + ref.substring(1), ref,
            new BigDecimal("2500.00"), "bench");
      }
      int pending = queued.size();
      fixture.sandbox.start(port);

      double plainSeconds = plainLoop(terminal, plain);
      long commits = journal.commits();
      long t0 = System.nanoTime();
      int passes = 0;
      while (!journal.syncSchedule().pending().isEmpty() && passes < 50) {
        terminal.sync().runOnce(true);
        passes++;
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      double commitsPerAction = (journal.commits() - commits) / (double) pending;
      int left = journal.syncSchedule().pending().size();
      if (left > 0) {
        throw new AssertionError(left + " actions left after " + passes + " passes");
      }
      double rate = pending / seconds;
      double plainRate = plain.size() / plainSeconds;
      System.out.printf(
          "DRAIN after an outage: %d actions (%d queries, %d cancels, %d refunds) in %.2f s over %d"
              + " pass(es): %.0f actions/s, %.2f journal commits an action%n"
              + "  plain client loop, same calls: %.2f s, %.0f actions/s%n"
              + "  ratio %.2f (target >= 0.8)%n%n",
          pending, queued.queries.size(), queued.cancels.size(),
          queued.refunds.size(), seconds, passes, rate, commitsPerAction, plainSeconds, plainRate,
          rate / plainRate);
      BenchSummary
          .put(Map.of("drainPerSecond", rate, "drainRatio", rate / plainRate, "drainPlainPerSecond",
              plainRate));
    }
  }

  private record Batch(List<String> queries, List<String> cancels, List<String> refunds) {
    int size() {
      return queries.size() + cancels.size() + refunds.size();
    }
  }

  /** Payments for the drain: answers lost (to be queried), and approved ones (to be cancelled or refunded). */
  private static Batch batch(SandboxFixture fixture, TerminalContext terminal, int queries,
      int cancels, int refunds)
      throws Exception {
    Batch b = new Batch(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < queries; i++) {
      PaymentOutcome o = terminal.payments().pay("5000.00", fixture.customerQr(Scenario.DROP),
          null);
      b.queries.add(o.record().partnerReferenceNo());
    }
    for (int i = 0; i < cancels + refunds; i++) {
      PaymentOutcome o = terminal.payments().pay("10000.00", fixture.customerQr(), null);
      if (!(o instanceof PaymentOutcome.Approved)) {
        throw new AssertionError("setup payment not approved: " + o);
      }
      (i < cancels ? b.cancels : b.refunds).add(o.record().partnerReferenceNo());
    }
    return b;
  }

  /** The same kinds of call, one after another over the terminal's SNAP client: no journal, no schedule. */
  private static double plainLoop(TerminalContext terminal, Batch b) {
    SnapClient snap = terminal.snap();
    TerminalConfig c = terminal.config();
    List<PaymentRecord> q = b.queries.stream()
        .map(r -> terminal.journal().payments().find(r).orElseThrow()).toList();
    List<PaymentRecord> x = b.cancels.stream()
        .map(r -> terminal.journal().payments().find(r).orElseThrow()).toList();
    List<PaymentRecord> f = b.refunds.stream()
        .map(r -> terminal.journal().payments().find(r).orElseThrow()).toList();
    snap.dropPooledConnections(); // from before the outage: dead, as the terminal's connectivity drops them
    long t0 = System.nanoTime();
    for (PaymentRecord p : q) {
      expectAnswer(snap
          .query(new QueryRequest(p.referenceNo(), p.partnerReferenceNo(), null, c.merchant().id(),
              c.merchant().subMerchantId(), c.merchant().externalStoreId(), null)));
    }
    for (PaymentRecord p : x) {
      expectAnswer(snap.cancel(
          new CancelRequest(p.partnerReferenceNo(), p.referenceNo(), null, c.merchant().id(),
              c.merchant().subMerchantId(), c.merchant().externalStoreId(),
              Amount.of(p.amount(), p.currency()),
              "bench", null)));
    }
    for (PaymentRecord p : f) {
      expectAnswer(snap.refund(new RefundRequest(c.merchant().id(), c.merchant().subMerchantId(),
          c.merchant().externalStoreId(),
          p.partnerReferenceNo(), p.referenceNo(), null, "R" + p.partnerReferenceNo().substring(1),
          Amount.of(new BigDecimal("2500.00"), p.currency()), "bench", null)));
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  private static void expectAnswer(CallOutcome<?> o) {
    if (!(o instanceof CallOutcome.Answered<?> a) || !a.code().isSuccess()) {
      throw new AssertionError("the plain loop's call was not answered with success: " + o);
    }
  }
}
