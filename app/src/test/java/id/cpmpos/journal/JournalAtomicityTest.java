package id.cpmpos.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change and its audit entry commit together or not at all on a failed append (a crash:
 * JournalKilledIT), and a state changes only along a legal move from the state the caller saw.
 */
class JournalAtomicityTest {
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), JAKARTA);

  @TempDir Path dir;

  @Test
  void whenTheAuditAppendFailsTheChangeIsRolledBack() throws Exception {
    Path file = dir.resolve("journal.db");
    try (Journal journal = Journal.open(file, CLOCK, JAKARTA)) {
      journal.payments().recordIntent("P1", new BigDecimal("10000.00"), "IDR", "h1", "T1", false);
    }
    // Stands in for a full disk or an I/O error that strikes after the row was written.
    HandEdits.jdbc(file, "CREATE TRIGGER audit_fails BEFORE INSERT ON audit_log"
        + " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");

    try (Journal journal = Journal.open(file, CLOCK, JAKARTA)) {
      assertThrows(JournalException.class,
          () -> journal.payments().recordIntent("P2", new BigDecimal("500.00"), "IDR", "h2", "T1",
              false));
      assertThrows(JournalException.class,
          () -> journal.payments().transition("P1", PaymentState.SENDING, PaymentState.APPROVED,
              "R1", "2006000", "ok"));
      assertThrows(JournalException.class,
          () -> journal.supervisor().replacePinHash(null, "pin-hash"));

      assertTrue(journal.payments().find("P2").isEmpty(),
          "the intent was not committed without its entry");
      assertEquals(PaymentState.SENDING, journal.payments().find("P1").orElseThrow().state());
    }
    HandEdits.jdbc(file, "DROP TRIGGER audit_fails");
    try (Journal journal = Journal.open(file, CLOCK, JAKARTA)) {
      assertTrue(journal.supervisor().pinHash().isEmpty(),
          "the failed PIN change was rolled back too");
      assertTrue(journal.supervisor().replacePinHash(null, "pin-hash"));
      AuditReport report = journal.verify();
      assertTrue(report.intact(), report.toString());
    }
  }

  /**
   * Payments, cancels and refunds move the same way: a compare-and-set on the state the caller saw,
   * an illegal move refused before anything is written, each move audited.
   */
  @Test
  void eachRowMovesOnlyFromTheStateTheCallerSawAndOnlyAlongALegalMove() throws Exception {
    try (Journal journal = Journal.open(dir.resolve("journal.db"), CLOCK, JAKARTA)) {
      PaymentStore payments = journal.payments();
      ReversalStore reversals = journal.reversals();
      payments.recordIntent("P1", new BigDecimal("10000.00"), "IDR", "h1", "T1", false);
      assertTrue(payments.transition("P1", PaymentState.SENDING, PaymentState.APPROVED, "R1",
          "2006000", "Successful"));
      assertFalse(payments.transition("P1", PaymentState.SENDING, PaymentState.DECLINED, null,
          "4036014", "Insufficient Funds"), "someone else moved it first");
      assertThrows(JournalException.class, () -> payments.transition("P1",
          PaymentState.APPROVED, PaymentState.SENDING, null, null, null));
      PaymentRecord paid = payments.find("P1").orElseThrow();
      assertEquals(PaymentState.APPROVED, paid.state());
      assertEquals("R1", paid.referenceNo());
      assertEquals("2006000", paid.responseCode());

      reversals.recordCancelIntent("P1", "wrong amount", CancelRecord.Requester.SUPERVISOR);
      assertTrue(reversals.transitionCancel("P1", ActionState.QUEUED, ActionState.SENDING, null,
          null));
      assertTrue(reversals.transitionCancel("P1", ActionState.SENDING, ActionState.UNKNOWN,
          "5006000", "General Error"));
      // A move that brings no answer keeps the last one.
      assertTrue(reversals.transitionCancel("P1", ActionState.UNKNOWN, ActionState.SENDING, null,
          null));
      assertEquals("5006000", reversals.cancel("P1").orElseThrow().responseCode());
      assertThrows(JournalException.class, () -> reversals.transitionCancel("P1",
          ActionState.SENDING, ActionState.SENDING, null, null));

      payments.recordIntent("P2", new BigDecimal("10000.00"), "IDR", "h2", "T1", false);
      payments.transition("P2", PaymentState.SENDING, PaymentState.APPROVED, "R2", "2006000",
          "Successful");
      reversals.recordRefundIntent("F1", "P2", new BigDecimal("2500.00"), "returned");
      assertTrue(reversals.transitionRefund("F1", ActionState.QUEUED, ActionState.SENDING, null,
          null, null));
      assertFalse(reversals.transitionRefund("F1", ActionState.QUEUED, ActionState.REJECTED, null,
          "4046000", "Invalid Transaction Status"), "it is no longer queued");
      assertTrue(reversals.transitionRefund("F1", ActionState.SENDING, ActionState.UNKNOWN, "N1",
          null, null));
      assertThrows(JournalException.class, () -> reversals.transitionRefund("F1",
          ActionState.UNKNOWN, ActionState.QUEUED, null, null, null));
      RefundRecord refund = reversals.refund("F1").orElseThrow();
      assertEquals(ActionState.UNKNOWN, refund.state());
      assertEquals("N1", refund.refundNo());

      AuditReport report = journal.verify();
      assertTrue(report.intact(), report.toString());
    }
  }
}
