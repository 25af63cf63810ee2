package id.cpmpos.chain;

import id.cpmpos.config.ChainConfig;
import id.cpmpos.journal.AuditEntry;
import id.cpmpos.testing.PostgresExtension;
import id.cpmpos.testing.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many simulated terminals pushing to one ledger on loopback, the way {@link ChainReplicator}
 * does at a busy counter's peak: one sale (three audit entries: the external-id sequence, the
 * intent, the approval) per push, a new connection per push. Prints pushes/s, sales/s and push
 * latency, then a backlog caught up in batches of {@code chain.batchSize}, and the ledger's bytes
 * per sale. Bounded: {@code -Dbench.terminals} (default 50) threads, {@code -Dbench.sales} (200)
 * sales each, stopped after {@code -Dbench.seconds} (60). Asserts nothing about time.
 */
@ExtendWith(PostgresExtension.class)
class ChainLoadBenchmark {
  private static final int TERMINALS = Integer.getInteger("bench.terminals", 50);
  private static final int SALES = Integer.getInteger("bench.sales", 200);
  private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
  private static final int BACKLOG_SALES = Integer.getInteger("bench.backlog", 10_000);

  @Test
  void manyTerminalsPushToOneLedger(TestPostgres postgres) throws Exception {
    Ledger ledger = new Ledger(
        new ChainConfig(postgres.newDatabase(), postgres.user(), postgres.passwordFile(), 500,
            Duration.ofSeconds(10), Duration.ofSeconds(5)));
    ledger.migrate();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
    ExecutorService pool = Executors.newFixedThreadPool(TERMINALS);
    List<Future<List<long[]>>> runs = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < TERMINALS; t++) {
      String terminal = String.format("BENCH%04d", t);
      runs.add(pool.submit(() -> {
        List<long[]> latencies = new ArrayList<>();
        Sales sales = new Sales(terminal);
        for (int s = 0; s < SALES && System.nanoTime() < deadline; s++) {
          List<AuditEntry> batch = sales.next();
          long t0 = System.nanoTime();
          try (Connection c = ledger.connect()) {
            long t1 = System.nanoTime();
            LedgerWriter.write(c, terminal, batch);
            latencies.add(new long[]{System.nanoTime() - t0, t1 - t0});
          }
        }
        return latencies;
      }));
    }
    List<Long> all = new ArrayList<>();
    List<Long> connects = new ArrayList<>();
    for (Future<List<long[]>> run : runs) {
      for (long[] l : run.get()) {
        all.add(l[0]);
        connects.add(l[1]);
      }
    }
    Collections.sort(connects);
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    Collections.sort(all);
    System.out.printf(
        "ChainLoadBenchmark  %d terminals, %d pushes (1 sale, 3 entries each) in %.1f s: %.0f pushes/s,"
            + " %.0f sales/s; push incl. connect p50 %.1f ms p99 %.1f ms max %.1f ms (of which connect p50 %.1f ms)%n",
        TERMINALS, all.size(), seconds, all.size() / seconds, all.size() / seconds, ms(all, 0.50),
        ms(all, 0.99),
        all.get(all.size() - 1) / 1e6, ms(connects, 0.50));

    // A counter back after a long outage: its backlog in batches of 500 on one connection.
    Sales backlog = new Sales("BACKLOG1");
    List<AuditEntry> entries = new ArrayList<>();
    for (int s = 0; s < BACKLOG_SALES; s++) {
      entries.addAll(backlog.next());
    }
    long b0 = System.nanoTime();
    try (Connection c = ledger.connect()) {
      for (int i = 0; i < entries.size()
          && System.nanoTime() < deadline + TimeUnit.SECONDS.toNanos(SECONDS); i += 500) {
        LedgerWriter.write(c, "BACKLOG1", entries.subList(i, Math.min(i + 500, entries.size())));
      }
    }
    double bs = (System.nanoTime() - b0) / 1e9;
    System.out.printf(
        "                    backlog: %d sales (%d entries) in batches of 500 in %.1f s: %.0f entries/s%n",
        BACKLOG_SALES, entries.size(), bs, entries.size() / bs);

    try (Connection c = ledger.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(
            "SELECT (SELECT count(*) FROM payments), pg_total_relation_size('payments')"
                + " + pg_total_relation_size('audit_entries') + pg_total_relation_size('terminals')")) {
      rs.next();
      System.out.printf(
          "                    ledger: %d sales, %.1f MB with indexes: %.0f bytes per sale%n",
          rs.getLong(1), rs.getLong(2) / 1e6, (double) rs.getLong(2) / rs.getLong(1));
    }
  }

  private static double ms(List<Long> sorted, double q) {
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size()))) / 1e6;
  }

  /** A simulated terminal's audit log: per sale, the sequence bump, the intent and the approval. */
  private static final class Sales {
    private final String terminal;
    private long seq;
    private long sale;
    private String prev = "0".repeat(64);

    Sales(String terminal) {
      this.terminal = terminal;
    }

    List<AuditEntry> next() throws Exception {
      sale++;
      OffsetDateTime at = OffsetDateTime.of(2026, 12, 2, 9, 0, 0, 0, ZoneOffset.ofHours(7))
          .plusSeconds(sale * 20);
      String ref = "P" + at.toLocalDateTime().toString().replaceAll("\\D", "") + terminal
          + String.format("%06d", sale);
      String base = "\"amount\":\"" + (1000 + sale % 90_000) + ".00\",\"created_at\":\"" + at
          + "\",\"currency\":\"IDR\","
          + "\"id\":" + sale + ",\"partner_reference_no\":\"" + ref + "\",\"qr_hash\":\"" + sha(ref)
          + "\","
          + "\"terminal_id\":\"" + terminal + "\",\"training\":0,";
      List<AuditEntry> out = new ArrayList<>();
      out.add(
          entry(at, "external_id_sequence", at.toLocalDate().toString().replace("-", ""), "UPDATE",
              "{\"day\":\"" + at.toLocalDate() + "\",\"last\":" + sale + "}"));
      out.add(entry(at, "payments", ref, "INSERT",
          "{" + base + "\"reference_no\":null,\"response_code\":null,"
              + "\"response_message\":null,\"state\":\"SENDING\",\"updated_at\":\"" + at + "\"}"));
      out.add(entry(at, "payments", ref, "UPDATE", "{" + base + "\"reference_no\":\"SBX" + sale
          + "\","
          + "\"response_code\":\"2006000\",\"response_message\":\"Successful\",\"state\":\"APPROVED\",\"updated_at\":\""
          + at.plusNanos(300_000_000) + "\"}"));
      return out;
    }

    private AuditEntry entry(OffsetDateTime at, String entity, String key, String action,
        String snapshot)
        throws Exception {
      seq++;
      String hash = sha(prev + seq + snapshot);
      AuditEntry e = new AuditEntry(seq, at.toString(), entity, key, action, snapshot, prev, hash);
      prev = hash;
      return e;
    }

    private static String sha(String s) throws Exception {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
  }
}
