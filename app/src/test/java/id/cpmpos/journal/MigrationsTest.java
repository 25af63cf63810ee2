package id.cpmpos.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upgrades keep what is pending: every migration is tested on a journal with a non-empty outbox. */
class MigrationsTest {
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), JAKARTA);

  @TempDir Path dir;

  /** A journal as cpm-pos 0.1 left it: schema 1, a payment being sent and one whose answer was lost. */
  Path version1JournalWithPendingWork() throws Exception {
    Path file = dir.resolve("journal.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      for (String sql : resource("V1__payments.sql").split(";\\s*\\n")) {
        if (!sql.isBlank()) {
          s.executeUpdate(sql);
        }
      }
      s.executeUpdate("PRAGMA user_version = 1");
      s.executeUpdate(
          "INSERT INTO payments (partner_reference_no, amount, currency, qr_hash, terminal_id, state,"
              + " training, created_at, updated_at) VALUES ('P-SENDING', '10000.00', 'IDR', 'qrhash1', 'T1', 'SENDING', 0,"
              + " '2026-11-25T09:59:00+07:00', '2026-11-25T09:59:00+07:00')");
      s.executeUpdate(
          "INSERT INTO payments (partner_reference_no, reference_no, amount, currency, qr_hash,"
              + " terminal_id, state, response_code, response_message, training, created_at, updated_at) VALUES"
              + " ('P-UNKNOWN', 'REF9', '25000.50', 'IDR', 'qrhash2', 'T1', 'UNKNOWN', '2026000', 'In progress', 0,"
              + " '2026-11-25T09:58:00+07:00', '2026-11-25T09:58:30+07:00')");
      s.executeUpdate("INSERT INTO external_id_sequence (day, last) VALUES ('20261125', 41)");
    }
    return file;
  }

  @Test
  void pendingPaymentsSurviveTheUpgradeUnchangedAndCanStillBeSettled() throws Exception {
    Path file = version1JournalWithPendingWork();

    try (Journal journal = Journal.open(file, CLOCK, JAKARTA)) {
      PaymentRecord sending = journal.payments().find("P-SENDING").orElseThrow();
      assertEquals(PaymentState.SENDING, sending.state());
      assertEquals(new BigDecimal("10000.00"), sending.amount());
      assertEquals("qrhash1", sending.qrHash());
      assertEquals("2026-11-25T09:59+07:00", sending.createdAt().toString());
      PaymentRecord unknown = journal.payments().find("P-UNKNOWN").orElseThrow();
      assertEquals(PaymentState.UNKNOWN, unknown.state());
      assertEquals(new BigDecimal("25000.50"), unknown.amount());
      assertEquals("REF9", unknown.referenceNo());
      assertEquals("2026000", unknown.responseCode());
      assertEquals(2, journal.payments().recent(10).size());

      // What the outbox will do after the upgrade: settle both, by query, on the same rows.
      assertTrue(journal.payments().transition("P-SENDING", PaymentState.SENDING,
          PaymentState.APPROVED, "REF8", "2005100", "ok"));
      assertTrue(journal.payments().transition("P-UNKNOWN", PaymentState.UNKNOWN,
          PaymentState.DECLINED, null, "4046004", "no"));

      AuditReport report = journal.verify();
      assertTrue(report.intact(), report.toString());
      assertEquals(7, report.entries(),
          "3 rows adopted (the old external-id sequence too), 2 payments given their"
              + " shift and paid_at columns, then two transitions");
    }
    assertEquals(Migrations.latestVersion(), userVersion(file));
  }

  @Test
  void theUpgradeAdoptsExistingRowsIntoTheAuditLog() throws Exception {
    Path file = version1JournalWithPendingWork();

    try (Journal journal = Journal.open(file, CLOCK, JAKARTA)) {
      AuditReport report = journal.verify();
      assertTrue(report.intact(), report.toString());
      assertEquals(5, report.entries());
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        ResultSet rs = c.createStatement()
            .executeQuery("SELECT action, entity_key FROM audit_log ORDER BY seq")) {
      StringBuilder seen = new StringBuilder();
      while (rs.next()) {
        seen.append(rs.getString(1)).append(' ').append(rs.getString(2)).append(';');
      }
      assertEquals(
          "ADOPT P-SENDING;ADOPT P-UNKNOWN;ADOPT 20261125;MIGRATE P-SENDING;MIGRATE P-UNKNOWN;",
          seen.toString(), "V6 added columns to payments: their rows are snapshotted again");
    }
  }

  @Test
  void aMigrationThatFailsHalfWayLeavesTheJournalAsItWas() throws Exception {
    Path file = version1JournalWithPendingWork();

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      assertThrows(SQLException.class,
          () -> Migrations.migrate(c, List.of("V1__payments.sql", "V2__fails_half_way.sql"),
              () -> "now"));
      try (ResultSet rs = c.createStatement().executeQuery(
          "SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")) {
        rs.next();
        assertEquals(0, rs.getInt(1),
            "the first statement of the failed migration was rolled back");
      }
    }
    assertEquals(1, userVersion(file));
    try (Journal journal = Journal.open(file, CLOCK, JAKARTA)) {
      assertEquals(2, journal.payments().recent(10).size());
    }
  }

  @Test
  void aJournalFromANewerVersionIsRefusedAndLeftAlone() throws Exception {
    Path file = version1JournalWithPendingWork();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.executeUpdate("PRAGMA user_version = 99");
    }

    JournalException e = assertThrows(JournalException.class,
        () -> Journal.open(file, CLOCK, JAKARTA).close());

    assertTrue(e.getMessage().contains("newer cpm-pos"), e.getMessage());
    assertEquals(99, userVersion(file));
  }

  @Test
  void aFreshJournalIsAtTheLatestVersionAndReopeningChangesNothing() throws Exception {
    Path file = dir.resolve("fresh.db");
    Journal.open(file, CLOCK, JAKARTA).close();
    Journal.open(file, CLOCK, JAKARTA).close();

    assertEquals(Migrations.latestVersion(), userVersion(file));
  }

  @Test
  void scriptNamesCarryIncreasingVersions() {
    int previous = 0;
    for (String script : Migrations.SCRIPTS) {
      int version = Migrations.version(script);
      assertTrue(version > previous, script);
      previous = version;
    }
    assertThrows(JournalException.class, () -> Migrations.version("payments.sql"));
  }

  static int userVersion(Path file) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        ResultSet rs = c.createStatement().executeQuery("PRAGMA user_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  static String resource(String name) throws Exception {
    try (InputStream in = Migrations.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
