package id.cpmpos.ui.shift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.i18n.Messages;
import id.cpmpos.journal.DayReportQuery;
import id.cpmpos.journal.Journal;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.journal.ShiftStore;
import id.cpmpos.terminal.Shifts;
import id.cpmpos.terminal.SupervisorPin;
import id.cpmpos.testing.MutableClock;
import id.cpmpos.ui.Formats;
import id.cpmpos.ui.TaskExecutor;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening and closing a shift without a stage, on a real journal: the summary, the refusals, the cashier PIN. */
class ShiftViewModelTest {
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final Executor NOW = Runnable::run;

  @TempDir Path dir;
  final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T01:00:00Z"));
  Journal journal;
  ShiftViewModel vm;

  @BeforeEach
  void open() {
    journal = Journal.open(dir.resolve("journal.db"), clock, JAKARTA);
    Messages en = Messages.forLanguage("en");
    // Few PBKDF2 rounds: the hashing is SupervisorPin's, tested there; here it only has to match.
    Shifts shifts = new Shifts(new ShiftStore(journal), new DayReportQuery(journal, "T1"),
        new SupervisorPin(journal, 1000, clock));
    vm = new ShiftViewModel(shifts, en, new Formats(en, JAKARTA), new TaskExecutor(NOW, NOW));
    vm.refresh();
  }

  @AfterEach
  void close() {
    journal.close();
  }

  @Test
  void openPayCloseShowsTheShiftsSummary() {
    assertFalse(vm.openProperty().get());
    assertEquals("No shift is open.", vm.currentProperty().get());

    vm.openShift("Ani", "1357".toCharArray());
    assertTrue(vm.openProperty().get());
    assertTrue(vm.currentProperty().get().startsWith("Shift 1 · Ani · since 02-12 08:00:00"),
        vm.currentProperty().get());
    journal.payments().recordIntent("P-1", new BigDecimal("12500.00"), "IDR", "h", "T1", false);
    journal.payments().transition("P-1", PaymentState.SENDING, PaymentState.APPROVED, "R1",
        "2006000", "ok");

    vm.closeShift();

    assertFalse(vm.openProperty().get());
    String summary = vm.summaryProperty().get();
    assertTrue(summary.startsWith("SHIFT SUMMARY 1 · Ani"), summary);
    assertTrue(summary.matches("(?s).*Paid \\(total\\) +Rp 12\\.500\\n.*"), summary);
    assertEquals("", vm.errorProperty().get());
  }

  @Test
  void refusalsSayWhyAndChangeNothing() {
    vm.openShift("  ", new char[0]);
    assertEquals("Enter the cashier's name (at most 40 characters).", vm.errorProperty().get());
    vm.closeShift();
    assertEquals("No shift is open.", vm.errorProperty().get());

    vm.openShift("Ani", "1357".toCharArray());
    vm.closeShift();
    vm.openShift("Ani", "9999".toCharArray());
    assertEquals("Wrong cashier PIN for Ani.", vm.errorProperty().get());
    assertFalse(vm.openProperty().get());
    vm.openShift("Ani", "1357".toCharArray());
    assertTrue(vm.openProperty().get());
    vm.openShift("Budi", new char[0]);
    assertEquals("Shift 2 of Ani is still open: close it first.", vm.errorProperty().get());
  }
}
