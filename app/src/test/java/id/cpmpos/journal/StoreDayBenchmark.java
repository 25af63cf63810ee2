package id.cpmpos.journal;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Search and the day report over a year of a busy counter: {@code -Dbench.payments=N} payments
 * (default 1 000 000, ~2 740 a day) spread over 365 days, 2 % partly refunded, 1 % cancelled, 5 %
 * declined, on a real file. The rows go in over plain JDBC into a journal the migrations built (the
 * indexes are the real ones); the audit log is not filled, as nothing here reads it but its head.
 * Prints the median of 5 runs of each query; asserts nothing about time. Run: {@code mvn -B -Pbench
 * -pl app -am verify -Dtest=StoreDayBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class StoreDayBenchmark {
  private static final int N = Integer.getInteger("bench.payments", 1_000_000);
  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);

  @Test
  void searchAndReportOverAYear() throws Exception {
    String reuse = System.getProperty("bench.journal"); // a file a previous run filled: skips the ~5 min fill
    Path file;
    String someRef;
    if (reuse != null) {
      file = Path.of(reuse);
      someRef = middleReference(file);
    } else {
      Path dir = Files.createTempDirectory(
          Files.createDirectories(Path.of(System.getProperty("bench.dir", "target"))), "storeday-bench");
      file = dir.resolve("journal.db");
      Journal.open(file, Clock.systemUTC(), JAKARTA).close();
      long fill = System.nanoTime();
      someRef = fill(file);
      System.out.printf(Locale.ROOT, "StoreDayBenchmark  %d payments written in %.1f s, file %.0f MB (%s)%n", N,
          (System.nanoTime() - fill) / 1e9, Files.size(file) / 1e6, file);
    }
    LocalDate busyDay = FIRST.plusDays(200);
    try (Journal journal = Journal.open(file, Clock.systemUTC(), JAKARTA)) {
      PaymentSearch search = new PaymentSearch(journal);
      DayReportQuery report = new DayReportQuery(journal, JAKARTA, "T1");
      time("journal (newest 100)", () -> search.find(PaymentFilter.recent(100)).size());
      time("journal --from D --to D (one day)", () -> search.find(
          new PaymentFilter(busyDay, busyDay, Set.of(), null, null, 5000)).size());
      time("journal --state DECLINED", () -> search.find(
          new PaymentFilter(null, null, Set.of(PaymentState.DECLINED), null, null, 100)).size());
      time("journal --amount 123457.00", () -> search.find(
          new PaymentFilter(null, null, Set.of(), new BigDecimal("123457.00"), null, 100)).size());
      time("journal --ref (fragment, one match)", () -> search.find(
          new PaymentFilter(null, null, Set.of(), null, someRef.substring(8, 20), 100)).size());
      time("journal --ref TEXT --from D --to D", () -> search.find(
          new PaymentFilter(busyDay, busyDay, Set.of(), null, someRef.substring(8, 20), 100)).size());
      time("journal --ref (2 characters)", () -> search.find(
          new PaymentFilter(null, null, Set.of(), null, "99", 100)).size());
      time("report --date D", () -> report.day(busyDay).totals().paidCount());
      time("report --date D --csv (lines)", () -> report.lines(busyDay).size());
    }
  }

  private static void time(String what, Supplier<Integer> query) {
    long[] nanos = new long[5];
    int rows = 0;
    for (int i = 0; i < nanos.length; i++) {
      long t = System.nanoTime();
      rows = query.get();
      nanos[i] = System.nanoTime() - t;
    }
    Arrays.sort(nanos);
    System.out.printf(Locale.ROOT, "StoreDayBenchmark  %-40s %8.1f ms  (%d rows)%n", what, nanos[2] / 1e6, rows);
  }

  private static String middleReference(Path file) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT partner_reference_no FROM payments WHERE id = (SELECT MAX(id) / 2 FROM payments)")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** Writes the year; returns the partner reference of a payment in the middle of it. */
  private static String fill(Path file) throws Exception {
    Random random = new Random(42);
    String middle = null;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("INSERT INTO cashiers (name, created_at) VALUES ('Ani', '2026-01-01T08:00+07:00')");
        s.execute("INSERT INTO shifts (cashier, opened_at) VALUES ('Ani', '2026-01-01T08:00+07:00')");
      }
      try (PreparedStatement pay = c.prepareStatement("INSERT INTO payments (partner_reference_no, reference_no,"
          + " amount, currency, qr_hash, terminal_id, state, response_code, training, created_at, updated_at, paid_at)"
          + " VALUES (?,?,?,'IDR','h','T1',?,'2006000',0,?,?,?)");
          PreparedStatement refund = c.prepareStatement("INSERT INTO refunds (partner_refund_no, partner_reference_no,"
              + " amount, currency, state, created_at, updated_at) VALUES (?,?,?,'IDR','SUCCEEDED',?,?)");
          PreparedStatement cancel = c.prepareStatement("INSERT INTO cancels (partner_reference_no, requested_by,"
              + " state, created_at, updated_at) VALUES (?,'SUPERVISOR','SUCCEEDED',?,?)")) {
        long secondsPerPayment = 365L * 86_400 / N;
        for (int i = 0; i < N; i++) {
          LocalDateTime at = FIRST.atStartOfDay().plusSeconds(i * secondsPerPayment);
          String time = at.atOffset(ZoneOffset.ofHours(7)).toString();
          String ref = String.format(Locale.ROOT, "P%s%07dT1%09d", at.toLocalDate().toString().replace("-", ""),
              i % 10_000_000, random.nextInt(1_000_000_000));
          int roll = random.nextInt(100);
          String state = roll < 5 ? "DECLINED" : roll < 6 ? "CANCELLED" : "APPROVED";
          String amount = (10_000 + random.nextInt(500_000)) + ".00";
          pay.setString(1, ref);
          pay.setString(2, state.equals("DECLINED") ? null : "R" + ref.substring(1));
          pay.setString(3, amount);
          pay.setString(4, state);
          pay.setString(5, time);
          pay.setString(6, time);
          pay.setString(7, state.equals("DECLINED") ? null : time);
          pay.executeUpdate();
          if (state.equals("CANCELLED")) {
            cancel.setString(1, ref);
            cancel.setString(2, time);
            cancel.setString(3, time);
            cancel.executeUpdate();
          } else if (roll >= 98) {
            refund.setString(1, "RF" + ref);
            refund.setString(2, ref);
            refund.setString(3, "5000.00");
            refund.setString(4, time);
            refund.setString(5, time);
            refund.executeUpdate();
          }
          if (i == N / 2) {
            middle = ref;
          }
          if (i % 50_000 == 0) {
            c.commit();
          }
        }
      }
      c.commit();
    }
    return middle;
  }
}
