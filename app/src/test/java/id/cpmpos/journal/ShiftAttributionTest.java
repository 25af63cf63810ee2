package id.cpmpos.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.report.Totals;
import id.cpmpos.testing.MutableClock;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every payment, cancel and refund records the shift open when it was asked for, by any writer, in
 * the same transaction as its audit entry; a sale counts on the day its approval was recorded.
 */
class ShiftAttributionTest {
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  // 23:50 in Jakarta on 1 December 2026
  final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T16:50:00Z"));

  @TempDir Path dir;

  static BigDecimal money(String s) {
    return new BigDecimal(s);
  }

  @Test
  void paymentsCancelsAndRefundsCarryTheOpenShiftAndTheJournalStillVerifies() throws Exception {
    Path file = dir.resolve("journal.db");
    try (Journal journal = Journal.open(file, clock, JAKARTA)) {
      ShiftStore shifts = new ShiftStore(journal);
      DayReportQuery reports = new DayReportQuery(journal, "T1");
      journal.payments().recordIntent("P-NOSHIFT", money("1000.00"), "IDR", "h0", "T1", false);
      ShiftRecord ani = shifts.openShift("Ani", null);
      assertThrows(ShiftRefused.class, () -> shifts.openShift("Budi", null), "one shift at a time");

      journal.payments().recordIntent("P-1", money("10000.00"), "IDR", "h1", "T1", false);
      journal.payments().recordIntent("P-2", money("20000.00"), "IDR", "h2", "T1", false);
      clock.advance(Duration.ofMinutes(15)); // past midnight: the approval of P-1 lands on 2 December
      journal.payments().transition("P-1", PaymentState.SENDING, PaymentState.UNKNOWN, null,
          "2026000", "in progress");
      journal.payments().transition("P-1", PaymentState.UNKNOWN, PaymentState.APPROVED, "R1",
          "2006000", "ok");
      journal.payments().transition("P-2", PaymentState.SENDING, PaymentState.APPROVED, "R2",
          "2006000", "ok");
      shifts.closeShift();
      ShiftRecord budi = shifts.openShift("Budi", null);
      journal.reversals().recordRefundIntent("RF-1", "P-1", money("2500.00"), "returned");
      journal.reversals().completeRefund("RF-1", ActionState.QUEUED, "RN1", "2008000", "ok");
      journal.reversals().recordCancelIntent("P-2", null, CancelRecord.Requester.SUPERVISOR);
      journal.reversals().completeCancel("P-2", ActionState.QUEUED, "2006200", "ok");

      assertEquals(new Totals(2, money("30000"), money("0"), money("0"), 0, 0, 0),
          reports.shift(ani.id()));
      assertEquals(new Totals(0, money("0"), money("20000"), money("2500"), 0, 0, 0),
          reports.shift(budi.id()));
      assertEquals(new Totals(0, money("0"), money("0"), money("0"), 0, 0, 1),
          reports.day(LocalDate.of(2026, 12, 1)).totals(),
          "on 1 December only P-NOSHIFT, still pending");
      assertEquals(2, reports.day(LocalDate.of(2026, 12, 2)).totals().paidCount(),
          "paid after midnight");
      AuditReport verify = journal.verify();
      assertTrue(verify.intact(), verify.toString());
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        ResultSet rs = c.createStatement()
            .executeQuery("SELECT p.partner_reference_no, p.shift_id, p.paid_at,"
                + " (SELECT shift_id FROM refunds r WHERE r.partner_reference_no = p.partner_reference_no),"
                + " (SELECT shift_id FROM cancels x WHERE x.partner_reference_no = p.partner_reference_no)"
                + " FROM payments p ORDER BY p.id")) {
      rs.next();
      assertNull(rs.getObject(2), "no shift was open");
      assertNull(rs.getObject(3), "never paid");
      rs.next();
      assertEquals(1, rs.getLong(2));
      assertTrue(rs.getString(3).startsWith("2026-12-02T00:05"), rs.getString(3));
      assertEquals(2, rs.getLong(4), "refunded during Budi's shift");
      rs.next();
      assertEquals(1, rs.getLong(2));
      assertEquals(2, rs.getLong(5), "cancelled during Budi's shift");
    }
  }
}
