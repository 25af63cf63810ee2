package id.cpmpos.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A change and its audit entry commit together or not at all on a failed append (a crash: JournalKilledIT). */
class JournalAtomicityTest {
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), JAKARTA);

  @TempDir
  Path dir;

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
}
