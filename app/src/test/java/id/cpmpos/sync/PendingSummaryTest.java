package id.cpmpos.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.journal.PendingAction;
import id.cpmpos.journal.PendingAction.Kind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PendingSummaryTest {
  final Instant now = Instant.parse("2026-11-26T05:00:00Z");

  PendingAction action(Kind kind, String key, String ref, String amount, int minutesAgo) {
    return new PendingAction(kind, key, ref, new BigDecimal(amount), "IDR",
        OffsetDateTime.ofInstant(now.minus(Duration.ofMinutes(minutesAgo)), ZoneOffset.ofHours(7)),
        0, 0);
  }

  @Test
  void anAbandonedSaleIsOneSumAtStakeNotTwo() {
    PendingSummary s = PendingSummary.of(List.of(
        action(Kind.QUERY, "P1", "P1", "15000.00", 3),
        action(Kind.CANCEL, "P1", "P1", "15000.00", 2),
        action(Kind.REFUND, "R9", "P7", "4000.00", 10)), now);

    assertEquals(2, s.count());
    assertEquals(Map.of("IDR", new BigDecimal("19000.00")), s.totals());
    assertEquals(Duration.ofMinutes(10), s.oldestAge());
  }

  @Test
  void twoRefundsOfOneSaleAreTwoSums() {
    PendingSummary s = PendingSummary.of(List.of(
        action(Kind.REFUND, "R1", "P1", "1000.00", 1),
        action(Kind.REFUND, "R2", "P1", "2000.00", 1)), now);
    assertEquals(2, s.count());
    assertEquals(new BigDecimal("3000.00"), s.totals().get("IDR"));
  }

  @Test
  void nothingPendingIsEmpty() {
    assertTrue(PendingSummary.of(List.of(), now).isEmpty());
  }
}
