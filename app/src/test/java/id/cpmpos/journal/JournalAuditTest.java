package id.cpmpos.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.journal.AuditProblem.Kind;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit chain on a real journal file: what an untouched journal shows, and each kind of tampering. */
class JournalAuditTest {
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), JAKARTA);

  @TempDir Path dir;
  Path file;

  /** Entries: 1 P1 insert, 2 P1 update, 3 P2 insert, 4 P2 update, 5 supervisor PIN insert, 6 P3 insert. */
  @BeforeEach
  void journalWithHistory() {
    file = dir.resolve("journal.db");
    try (Journal journal = Journal.open(file, CLOCK, JAKARTA)) {
      journal.payments().recordIntent("P1", new BigDecimal("10000.00"), "IDR", "hash1", "T1",
          false);
      journal.payments().transition("P1", PaymentState.SENDING, PaymentState.APPROVED, "R1",
          "2006000", "Successful");
      journal.payments().recordIntent("P2", new BigDecimal("25000.50"), "IDR", "hash2", "T1",
          false);
      journal.payments().transition("P2", PaymentState.SENDING, PaymentState.UNKNOWN, null, null,
          "read timed out");
      journal.supervisor().replacePinHash(null, "pbkdf2-hash");
      journal.payments().recordIntent("P3", new BigDecimal("500.00"), "IDR", "hash3", "T1", true);
    }
  }

  AuditReport verify() {
    try (Journal journal = Journal.open(file, CLOCK, JAKARTA)) {
      return journal.verify();
    }
  }

  static void assertFirstBroken(AuditReport report, Kind kind, Long seq, String entity,
      String key) {
    assertTrue(!report.intact(), "broken");
    assertEquals(new AuditProblem(kind, seq, entity, key), report.firstBroken().orElseThrow(),
        report.toString());
  }

  @Test
  void untouchedJournalVerifiesWithOneEntryPerChange() {
    AuditReport report = verify();

    assertTrue(report.intact(), report.toString());
    assertEquals(6, report.entries());
    assertEquals(64, report.head().length());
  }

  @Test
  void rowEditedWithTheSqlite3ToolIsNamed() throws Exception {
    HandEdits.sqlite3(file,
        "UPDATE payments SET amount = '1.00' WHERE partner_reference_no = 'P1';");

    assertFirstBroken(verify(), Kind.ROW_ALTERED, 2L, "payments", "P1");
  }

  @Test
  void stateChangedWithTheSqlite3ToolIsNamed() throws Exception {
    HandEdits.sqlite3(file,
        "UPDATE payments SET state = 'DECLINED' WHERE partner_reference_no = 'P2';");

    assertFirstBroken(verify(), Kind.ROW_ALTERED, 4L, "payments", "P2");
  }

  @Test
  void rowEditedOverPlainJdbcIsNamed() throws Exception {
    HandEdits.jdbc(file, "UPDATE payments SET training = 0 WHERE partner_reference_no = 'P3'");

    assertFirstBroken(verify(), Kind.ROW_ALTERED, 6L, "payments", "P3");
  }

  @Test
  void supervisorPinSwappedIsNamed() throws Exception {
    HandEdits.sqlite3(file, "UPDATE supervisor_pin SET hash = 'a-hash-whose-pin-i-know';");

    assertFirstBroken(verify(), Kind.ROW_ALTERED, 5L, "supervisor_pin", "1");
  }

  @Test
  void rowInsertedByHandHasNoAuditEntry() throws Exception {
    HandEdits.sqlite3(file,
        "INSERT INTO payments (partner_reference_no, amount, currency, qr_hash, state,"
            + " created_at, updated_at) VALUES ('PX', '1.00', 'IDR', 'h', 'APPROVED', 'x', 'x');");

    assertFirstBroken(verify(), Kind.ROW_UNAUDITED, null, "payments", "PX");
  }

  @Test
  void rowDeletedByHandIsNamed() throws Exception {
    HandEdits.sqlite3(file, "DELETE FROM payments WHERE partner_reference_no = 'P2';");

    assertFirstBroken(verify(), Kind.ROW_DELETED, 4L, "payments", "P2");
  }

  @Test
  void auditEntryDeletedBreaksTheChainAtTheNextEntry() throws Exception {
    HandEdits.sqlite3(file, "DELETE FROM audit_log WHERE seq = 3;");

    assertFirstBroken(verify(), Kind.ENTRY_MISSING, 4L, "payments", "P2");
  }

  @Test
  void firstAuditEntryDeletedIsNoticed() throws Exception {
    HandEdits.jdbc(file, "DELETE FROM audit_log WHERE seq = 1");

    assertFirstBroken(verify(), Kind.ENTRY_MISSING, 2L, "payments", "P1");
  }

  @Test
  void auditEntryEditedNoLongerMatchesItsHash() throws Exception {
    HandEdits.sqlite3(file,
        "UPDATE audit_log SET snapshot = replace(snapshot, '10000.00', '1.00') WHERE seq = 2;");

    assertFirstBroken(verify(), Kind.ENTRY_ALTERED, 2L, "payments", "P1");
  }

  @Test
  void auditEntryRewrittenWithAFreshHashBreaksTheLinkToTheNextEntry() throws Exception {
    String snapshot;
    String prev;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        ResultSet rs = c.createStatement()
            .executeQuery("SELECT snapshot, prev_hash, at FROM audit_log WHERE seq = 2")) {
      rs.next();
      snapshot = rs.getString(1).replace("10000.00", "1.00");
      prev = rs.getString(2);
      String hash = AuditLog.hash(prev, 2, rs.getString(3), "payments", "P1", "UPDATE", snapshot);
      HandEdits.jdbc(file, "UPDATE audit_log SET snapshot = '" + snapshot + "', hash = '" + hash
          + "' WHERE seq = 2");
    }
    HandEdits.jdbc(file, "UPDATE payments SET amount = '1.00' WHERE partner_reference_no = 'P1'");

    assertFirstBroken(verify(), Kind.CHAIN_BROKEN, 3L, "payments", "P2");
  }

  @Test
  void aRefusedWriteLeavesNoAuditEntry() {
    try (Journal journal = Journal.open(file, CLOCK, JAKARTA)) {
      assertThrows(JournalException.class,
          () -> journal.payments().recordIntent("P1", BigDecimal.ONE, "IDR", "h", "T1", false));
      assertEquals(false,
          journal.payments().transition("P1", PaymentState.SENDING, PaymentState.DECLINED, null,
              "4036005", "Do not honor"));

      AuditReport report = journal.verify();
      assertTrue(report.intact(), report.toString());
      assertEquals(6, report.entries());
    }
  }

  @Test
  void everyProblemIsListedInChainOrderThenRows() throws Exception {
    HandEdits.jdbc(file, "UPDATE payments SET amount = '2.00' WHERE partner_reference_no = 'P3'");
    HandEdits.jdbc(file, "UPDATE audit_log SET at = 'yesterday' WHERE seq = 5");

    AuditReport report = verify();

    assertEquals(List.of(new AuditProblem(Kind.ENTRY_ALTERED, 5L, "supervisor_pin", "1"),
        new AuditProblem(Kind.ROW_ALTERED, 6L, "payments", "P3")), report.problems());
  }
}
