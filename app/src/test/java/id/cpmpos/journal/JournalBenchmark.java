package id.cpmpos.journal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Commit latency of the journal on a real file with synchronous=FULL: N write-ahead intents and N
 * transitions, each its own commit, each with its audit entry. The baseline, measured in the same
 * run on the same disk and interleaved with it, is the same two statements over plain JDBC with the
 * same pragmas and no audit log, so the ratio shows what the audit chain costs. Prints figures; asserts nothing about
 * time. Run: {@code mvn -B -Pbench -pl app -am verify -Dtest=JournalBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false} ({@code -Dbench.commits=N}, {@code -Dbench.dir=DIR}).
 */
class JournalBenchmark {
  private static final int N = Integer.getInteger("bench.commits", 2000);
  private static final int WARM_UP = 100;
  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  /** Latencies of one kind of commit, in nanoseconds. */
  private record Figures(String name, long[] nanos) {
    double percentileMs(double p) {
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, index)] / 1e6;
    }

    double perSecond() {
      return nanos.length / (Arrays.stream(nanos).sum() / 1e9);
    }

    String line() {
      return String.format(Locale.ROOT,
          "%-34s p50 %7.3f ms  p99 %7.3f ms  max %7.3f ms  %8.1f commits/s", name,
          percentileMs(50), percentileMs(99), percentileMs(100), perSecond());
    }
  }

  @Test
  void commitLatency() throws Exception {
    // Not java.io.tmpdir: on many machines /tmp is a RAM disk, where an fsync costs nothing.
    Path dir = Files.createTempDirectory(
        Files.createDirectories(Path.of(System.getProperty("bench.dir", "target"))),
        "journal-bench");
    Figures[] baseline;
    Figures[] journal;
    try {
      // Interleaved, one payment at a time on each file, so both see the same disk and JIT weather.
      long[][] b = new long[2][N];
      long[][] j = new long[2][N];
      try (PlainJdbc plain = new PlainJdbc(dir.resolve("baseline.db"));
          Journal audited = Journal.open(dir.resolve("journal.db"), Clock.systemUTC(), JAKARTA)) {
        for (int i = -WARM_UP; i < N; i++) {
          String ref = "P" + (i + WARM_UP);
          long t0 = System.nanoTime();
          plain.intent(ref);
          long t1 = System.nanoTime();
          plain.transition(ref);
          long t2 = System.nanoTime();
          audited.payments().recordIntent(ref, new BigDecimal("10000.00"), "IDR", "qrhash" + ref,
              "T1", false);
          long t3 = System.nanoTime();
          audited.payments().transition(ref, PaymentState.SENDING, PaymentState.APPROVED, "R" + ref,
              "2006000", "Successful");
          long t4 = System.nanoTime();
          if (i >= 0) {
            b[0][i] = t1 - t0;
            b[1][i] = t2 - t1;
            j[0][i] = t3 - t2;
            j[1][i] = t4 - t3;
          }
        }
        long t0 = System.nanoTime();
        AuditReport report = audited.verify();
        double verifyMs = (System.nanoTime() - t0) / 1e6;
        baseline = new Figures[]{new Figures("baseline intent (plain JDBC)", b[0]),
            new Figures("baseline transition (plain JDBC)", b[1])};
        journal = new Figures[]{new Figures("journal intent (+audit)", j[0]),
            new Figures("journal transition (+audit)", j[1])};
        System.out.printf(Locale.ROOT,
            "%nJournal commit latency: %d intents + %d transitions, WAL, synchronous=FULL,"
                + " on %s (%s)%n",
            N, N, dir.toAbsolutePath(), Files.getFileStore(dir).type());
        for (Figures f : baseline) {
          System.out.println(f.line());
        }
        for (Figures f : journal) {
          System.out.println(f.line());
        }
        for (int i = 0; i < 2; i++) {
          System.out.printf(Locale.ROOT, "%-34s p50 x%.2f  p99 x%.2f  commits/s x%.2f%n",
              "audit cost, " + (i == 0 ? "intent" : "transition"),
              journal[i].percentileMs(50) / baseline[i].percentileMs(50),
              journal[i].percentileMs(99) / baseline[i].percentileMs(99),
              journal[i].perSecond() / baseline[i].perSecond());
        }
        System.out.printf(Locale.ROOT,
            "journal verify over %d audit entries: %.1f ms, intact %s%n%n",
            report.entries(), verifyMs, report.intact());
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(JournalBenchmark::delete);
      }
    }
  }

  /** The baseline: the journal's two statements, same schema and pragmas, no audit log. */
  private static final class PlainJdbc implements AutoCloseable {
    private final Connection c;
    private final PreparedStatement insert;
    private final PreparedStatement update;

    PlainJdbc(Path file) throws SQLException, IOException {
      c = DriverManager.getConnection("jdbc:sqlite:" + file);
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=FULL");
        for (String sql : v1Schema().split(";\\s*\\n")) {
          if (!sql.isBlank()) {
            s.executeUpdate(sql);
          }
        }
      }
      insert = c
          .prepareStatement("INSERT INTO payments (partner_reference_no, amount, currency, qr_hash,"
              + " terminal_id, state, training, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)");
      update = c
          .prepareStatement("UPDATE payments SET state = ?, reference_no = ?, response_code = ?,"
              + " response_message = ?, updated_at = ? WHERE partner_reference_no = ? AND state = ?");
    }

    void intent(String ref) throws SQLException {
      String now = OffsetDateTime.now(JAKARTA).toString();
      insert.setString(1, ref);
      insert.setString(2, "10000.00");
      insert.setString(3, "IDR");
      insert.setString(4, "qrhash");
      insert.setString(5, "T1");
      insert.setString(6, "SENDING");
      insert.setInt(7, 0);
      insert.setString(8, now);
      insert.setString(9, now);
      insert.executeUpdate();
    }

    void transition(String ref) throws SQLException {
      update.setString(1, "APPROVED");
      update.setString(2, "R" + ref);
      update.setString(3, "2006000");
      update.setString(4, "Successful");
      update.setString(5, OffsetDateTime.now(JAKARTA).toString());
      update.setString(6, ref);
      update.setString(7, "SENDING");
      update.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
      insert.close();
      update.close();
      c.close();
    }
  }

  private static String v1Schema() throws IOException {
    try (InputStream in = Migrations.class.getResourceAsStream("V1__payments.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
