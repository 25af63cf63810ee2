package id.cpmpos.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.i18n.Messages;
import id.cpmpos.journal.DayReportQuery;
import id.cpmpos.journal.Journal;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.report.ReportCsv;
import id.cpmpos.testing.MutableClock;
import id.cpmpos.ui.TaskExecutor;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report screen's logic without a stage: the chosen day's text and the CSV export, on a real journal. */
class ReportViewModelTest {
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final Executor NOW = Runnable::run;

  @TempDir Path dir;
  final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T03:00:00Z")); // 10:00 in Jakarta
  Journal journal;
  ReportViewModel vm;

  @BeforeEach
  void dayWithTwoSales() {
    journal = Journal.open(dir.resolve("journal.db"), clock, JAKARTA);
    journal.payments().recordIntent("P-1", new BigDecimal("10000.00"), "IDR", "h1", "T1", false);
    journal.payments().transition("P-1", PaymentState.SENDING, PaymentState.APPROVED, "R1",
        "2006000", "ok");
    journal.payments().recordIntent("P-2", new BigDecimal("5000.00"), "IDR", "h2", "T1", false);
    journal.payments().transition("P-2", PaymentState.SENDING, PaymentState.DECLINED, null,
        "4036014", "no");
    vm = new ReportViewModel(new DayReportQuery(journal, "T1"), Messages.forLanguage("en"),
        clock, JAKARTA,
        new TaskExecutor(NOW, NOW));
  }

  @AfterEach
  void close() {
    journal.close();
  }

  @Test
  void todayIsTheDefaultAndItsTextAddsUp() {
    assertEquals(LocalDate.of(2026, 12, 2), vm.dateProperty().get());

    vm.refresh();

    String text = vm.textProperty().get();
    assertTrue(text.contains("END-OF-DAY REPORT 2026-12-02"), text);
    assertTrue(text.matches("(?s).*Paid \\(total\\) +Rp 10\\.000\\n.*"), text);
    assertTrue(text.matches("(?s).*Declined +1.*"), text);
    assertEquals("10000.00", vm.reportProperty().get().totals().net().toPlainString());
  }

  @Test
  void anotherDayAndTheCsvExport() throws Exception {
    Path csv = dir.resolve("day.csv");
    vm.exportCsv(csv);

    List<String> lines = Files.readAllLines(csv);
    assertEquals(String.join(",", ReportCsv.HEADER), lines.get(0));
    assertEquals(3, lines.size());
    assertTrue(vm.noticeProperty().get().contains("2 payments exported"),
        vm.noticeProperty().get());

    vm.dateProperty().set(LocalDate.of(2026, 12, 1));
    vm.refresh();
    assertEquals(0, vm.reportProperty().get().totals().paidCount());
  }
}
