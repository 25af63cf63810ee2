package id.cpmpos.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.testing.MutableClock;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The day's CSV lines: every payment made or paid that day exactly once, in the order it was made,
 * with what was refunded of it and its cancel; read by index ranges, never by a list of ids.
 */
class DayReportLinesTest {
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);
  static final LocalDate DEC_2 = LocalDate.of(2026, 12, 2);
  // 23:50 in Jakarta on 1 December 2026
  final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T16:50:00Z"));

  @TempDir Path dir;

  @Test
  void aDayListsWhatWasMadeOrPaidThatDayOnceEachInTheOrderItWasMade() {
    try (Journal journal = Journal.open(dir.resolve("journal.db"), clock, JAKARTA)) {
      DayReportQuery reports = new DayReportQuery(journal, "T1");
      journal.payments().recordIntent("P-A", new BigDecimal("10000.00"), "IDR", "ha", "T1", false);
      journal.payments().recordIntent("P-B", new BigDecimal("20000.00"), "IDR", "hb", "T1", false);
      journal.payments().recordIntent("P-TRAINING", new BigDecimal("5000.00"), "IDR", "ht", "T1",
          true);
      journal.payments().transition("P-B", PaymentState.SENDING, PaymentState.APPROVED, "RB",
          "2006000", "ok");
      clock.advance(Duration.ofMinutes(15)); // 00:05 on 2 December
      journal.payments().transition("P-A", PaymentState.SENDING, PaymentState.APPROVED, "RA",
          "2006000", "ok");
      journal.payments().transition("P-TRAINING", PaymentState.SENDING, PaymentState.APPROVED, "RT",
          "2006000", "ok");
      journal.payments().recordIntent("P-C", new BigDecimal("30000.00"), "IDR", "hc", "T1", false);
      journal.payments().transition("P-C", PaymentState.SENDING, PaymentState.DECLINED, null,
          "4036014", "funds");
      journal.reversals().recordRefundIntent("RF-1", "P-A", new BigDecimal("2500.00"), "returned");
      journal.reversals().completeRefund("RF-1", ActionState.QUEUED, "RN1", "2008000", "ok");
      journal.reversals().recordRefundIntent("RF-2", "P-A", new BigDecimal("1000.50"), "returned");
      journal.reversals().completeRefund("RF-2", ActionState.QUEUED, "RN2", "2008000", "ok");
      journal.reversals().recordRefundIntent("RF-3", "P-A", new BigDecimal("100.00"),
          "still queued");
      journal.reversals().recordCancelIntent("P-B", null, CancelRecord.Requester.SUPERVISOR);

      List<ReportLine> dec1 = reports.lines(DEC_1);
      assertEquals(List.of("P-A", "P-B"), refs(dec1), "made on 1 December, training left out");
      List<ReportLine> dec2 = reports.lines(DEC_2);
      assertEquals(List.of("P-A", "P-C"), refs(dec2),
          "P-A paid after midnight, P-C made then; P-B paid before");
      ReportLine a = dec2.get(0);
      assertEquals(OffsetDateTime.parse("2026-12-01T23:50+07:00"), a.createdAt());
      assertEquals(OffsetDateTime.parse("2026-12-02T00:05+07:00"), a.paidAt());
      assertEquals(new BigDecimal("3500.50"), a.refunded(),
          "succeeded refunds only, summed exactly");
      assertNull(a.cancel());
      assertEquals(ActionState.QUEUED, dec1.get(1).cancel());
      assertEquals(new BigDecimal("0.00"), dec1.get(1).refunded());
      assertNull(dec2.get(1).paidAt());
      assertEquals(PaymentState.DECLINED, dec2.get(1).state());
    }
  }

  @Test
  void theLinesAreReadByTheDaysIndexRangesNotByAListOfIds() {
    try (Journal journal = Journal.open(dir.resolve("journal.db"), clock, JAKARTA)) {
      List<String> plan = journal.withConnection("plan", c -> {
        List<String> steps = new ArrayList<>();
        try (
            PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + DayReportQuery.LINES);
            ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            steps.add(rs.getString(4));
          }
        }
        return steps;
      });
      String all = String.join("\n", plan);
      assertTrue(all.contains("USING INDEX payments_created (created_at>? AND created_at<?)"), all);
      assertTrue(all.contains("USING INDEX payments_paid (paid_at>? AND paid_at<?)"), all);
      assertTrue(all.contains("USING INDEX refunds_payment (partner_reference_no=?)"), all);
      assertTrue(all.contains("USING INDEX sqlite_autoindex_cancels_1 (partner_reference_no=?)"),
          all);
      assertFalse(all.contains("LIST SUBQUERY"),
          "no list of the day's ids built and looked up again:\n" + all);
      assertFalse(all.contains("SCAN p"), all);
    }
  }

  private static List<String> refs(List<ReportLine> lines) {
    return lines.stream().map(ReportLine::partnerReferenceNo).toList();
  }
}
