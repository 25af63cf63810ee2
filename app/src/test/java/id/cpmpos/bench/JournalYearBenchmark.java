package id.cpmpos.bench;

import id.cpmpos.journal.DayReportQuery;
import id.cpmpos.journal.Journal;
import id.cpmpos.journal.PaymentFilter;
import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.journal.PaymentSearch;
import id.cpmpos.journal.PaymentState;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/**
 * Search and the end-of-day report over a year of a busy counter ({@link YearOfJournal}: 1 000 000
 * payments with their calls, refunds, cancels and audit entries; {@code -Dbench.year=N}), through the
 * terminal's own queries on a freshly opened journal: the slowest (median of its runs) of a day's
 * search, a reference-fragment search and the two together, each at the journal command's default
 * limit, and the slower of the end-of-day report and its CSV lines. Every other search the journal
 * command offers is printed beside them.
 */
class JournalYearBenchmark {
  private static final int N = Integer.getInteger("bench.year", 1_000_000);
  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  private static final int RUNS = 7;

  @Test
  void searchAndReportOverAYear() throws Exception {
    Path file = YearOfJournal.get(Path.of("target", "bench-journal"), N);
    LocalDate day = LocalDate.of(2026, 7, 20);
    Map<String, List<Double>> times = new LinkedHashMap<>();
    try (Journal journal = Journal.open(file, Clock.systemUTC(), JAKARTA)) {
      PaymentSearch payments = new PaymentSearch(journal);
      DayReportQuery reports = new DayReportQuery(journal, "DEMO0001");
      String fragment = payments.find(new PaymentFilter(day, day, Set.of(), null, null, 1)).get(0)
          .partnerReferenceNo().substring(9, 21);
      PaymentRecord sample = payments.find(new PaymentFilter(day, day, Set.of(), null, null, 1))
          .get(0);
      BigDecimal amount = sample.amount();
      // "search:" and "report:" count toward the summary; the others are printed for the journal command's options.
      Map<String, IntSupplier> queries = new LinkedHashMap<>();
      queries.put("search: --from D --to D",
          () -> payments.find(new PaymentFilter(day, day, Set.of(), null, null,
              PaymentFilter.DEFAULT_LIMIT)).size());
      queries.put("search: --ref FRAGMENT",
          () -> payments.find(new PaymentFilter(null, null, Set.of(), null, fragment,
              PaymentFilter.DEFAULT_LIMIT)).size());
      queries.put("search: --ref FRAGMENT --from D-30 --to D",
          () -> payments.find(new PaymentFilter(day.minusDays(30),
              day, Set.of(), null, fragment, PaymentFilter.DEFAULT_LIMIT)).size());
      queries.put("report: --date D", () -> reports.day(day).totals().paidCount());
      queries.put("report: --date D --csv", () -> reports.lines(day).size());
      queries.put("journal (newest 100)", () -> payments.find(PaymentFilter.recent(100)).size());
      queries.put("journal --from D --to D --limit 5000 (whole day)", () -> payments.find(
          new PaymentFilter(day, day, Set.of(), null, null, 5000)).size());
      queries.put("journal --state DECLINED", () -> payments.find(
          new PaymentFilter(null, null, Set.of(PaymentState.DECLINED), null, null, 100)).size());
      queries.put("journal --amount A", () -> payments.find(
          new PaymentFilter(null, null, Set.of(), amount, null, 100)).size());
      queries.put("journal --ref XY (2 characters)", () -> payments.find(
          new PaymentFilter(null, null, Set.of(), null, "99", 100)).size());
      for (int r = 0; r < RUNS; r++) {
        queries
            .forEach((what, q) -> times.computeIfAbsent(what, k -> new ArrayList<>()).add(time(q)));
      }
    }
    double search = 0;
    double report = 0;
    double bytes = Files.size(file);
    System.out.printf(
        "%nA YEAR OF JOURNAL: %d payments with their calls, refunds, cancels and audit entries, %.0f MB;"
            + " median of %d runs (target < 50 ms each):%n",
        N, bytes / 1e6, RUNS);
    for (var e : times.entrySet()) {
      double median = StartupBenchmark.median(e.getValue());
      System.out.printf("  %-48s %8.1f ms%n", e.getKey(), median);
      if (e.getKey().startsWith("search:")) {
        search = Math.max(search, median);
      } else if (e.getKey().startsWith("report:")) {
        report = Math.max(report, median);
      }
    }
    BenchSummary.put(
        Map.of("search1mRowsMs", search, "report1mRowsMs", report, "journal1mRowsBytes", bytes));
  }

  private static double time(IntSupplier query) {
    long t0 = System.nanoTime();
    int rows = query.getAsInt();
    double ms = (System.nanoTime() - t0) / 1e6;
    if (rows == 0) {
      throw new AssertionError("the query found nothing in a year of payments");
    }
    return ms;
  }
}
