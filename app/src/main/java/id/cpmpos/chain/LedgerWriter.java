package id.cpmpos.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.cpmpos.journal.AuditEntry;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one batch of a terminal's audit entries to the ledger in one transaction: the entries
 * themselves (keyed by terminal id + sequence number), the current state of every payment, cancel
 * and refund they touch (keyed by terminal id + the journal's own business key), and the terminal's
 * audit head. Every write is an upsert that ignores what the ledger already holds or holds newer,
 * so a batch pushed twice, or an old batch arriving after a newer one, changes nothing.
 */
final class LedgerWriter {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final String SHIFTS = "shifts";
  /** The audited tables whose rows the ledger keeps in their current state. */
  private static final Set<String> ROWS = Set.of(AuditEntry.PAYMENTS, AuditEntry.CANCELS,
      AuditEntry.REFUNDS, SHIFTS);

  /** What one batch did: entries new to the ledger, and entries that contradict the ledger's copy. */
  record Written(int inserted, int conflicts) {}

  private LedgerWriter() {}

  static Written write(Connection c, String terminalId, List<AuditEntry> batch)
      throws SQLException {
    if (batch.isEmpty()) {
      return new Written(0, 0);
    }
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      // What the ledger holds of this range already: those entries are not new (the ledger's copy
      // stays), and one with another hash is a conflict.
      Map<Long, String> held = held(c, terminalId, batch);
      int conflicts = recordConflicts(c, terminalId, batch, held);
      int inserted = insertEntries(c, terminalId, batch, held);
      // Only the newest entry of each row in the batch matters for its current state.
      Map<String, AuditEntry> newest = new LinkedHashMap<>();
      for (AuditEntry e : batch) {
        newest.put(e.entity() + "\u0000" + e.entityKey(), e);
      }
      try (Upserts upserts = new Upserts(c)) {
        for (AuditEntry e : newest.values()) {
          upsertRow(upserts, terminalId, e);
        }
        upserts.run();
      }
      moveHead(c, terminalId, batch.get(batch.size() - 1));
      c.commit();
      return new Written(inserted, conflicts);
    } catch (SQLException | RuntimeException e) {
      try {
        c.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    } finally {
      try {
        c.setAutoCommit(autoCommit);
      } catch (SQLException ignored) {
        // a broken connection is closed and replaced by the caller
      }
    }
  }

  private static int insertEntries(Connection c, String terminalId, List<AuditEntry> batch,
      Map<Long, String> held)
      throws SQLException {
    try (PreparedStatement ps = c
        .prepareStatement("INSERT INTO audit_entries (terminal_id, seq, at, entity,"
            + " entity_key, action, snapshot, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?)"
            + " ON CONFLICT (terminal_id, seq) DO NOTHING")) {
      int inserted = 0;
      for (AuditEntry e : batch) {
        if (held.containsKey(e.seq())) {
          continue;
        }
        inserted++;
        ps.setString(1, terminalId);
        ps.setLong(2, e.seq());
        ps.setString(3, e.at());
        ps.setString(4, e.entity());
        ps.setString(5, e.entityKey());
        ps.setString(6, e.action());
        // The ledger needs no password hash: a PIN's entry keeps its place and hash, not its content.
        ps.setString(7, e.shareableSnapshot());
        ps.setString(8, e.prevHash());
        ps.setString(9, e.hash());
        ps.addBatch();
      }
      if (inserted > 0) {
        ps.executeBatch(); // ON CONFLICT DO NOTHING: another pusher of this terminal may have been first
      }
      return inserted;
    }
  }

  /**
   * An entry whose number the ledger holds with another hash: the journal was rewritten (or
   * replaced) after it had been replicated. The ledger keeps the first and says so.
   */
  private static Map<Long, String> held(Connection c, String terminalId, List<AuditEntry> batch)
      throws SQLException {
    Map<Long, String> held = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT seq, hash FROM audit_entries WHERE terminal_id = ? AND seq BETWEEN ? AND ?")) {
      ps.setString(1, terminalId);
      ps.setLong(2, batch.get(0).seq());
      ps.setLong(3, batch.get(batch.size() - 1).seq());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          held.put(rs.getLong(1), rs.getString(2));
        }
      }
    }
    return held;
  }

  private static int recordConflicts(Connection c, String terminalId, List<AuditEntry> batch,
      Map<Long, String> held)
      throws SQLException {
    int conflicts = 0;
    for (AuditEntry e : batch) {
      String ledgerHash = held.get(e.seq());
      if (ledgerHash == null || ledgerHash.equals(e.hash())) {
        continue;
      }
      conflicts++;
      update(c,
          "INSERT INTO audit_conflicts (terminal_id, seq, ledger_hash, journal_hash) VALUES (?,?,?,?)"
              + " ON CONFLICT DO NOTHING",
          terminalId, e.seq(), ledgerHash, e.hash());
      update(c,
          "UPDATE terminals SET diverged_at_seq = LEAST(COALESCE(diverged_at_seq, ?), ?) WHERE terminal_id = ?",
          e.seq(), e.seq(), terminalId);
    }
    return conflicts;
  }

  private static void upsertRow(Upserts u, String terminalId, AuditEntry e) throws SQLException {
    if (e.shareableSnapshot() == null || !ROWS.contains(e.entity())) {
      return;
    }
    JsonNode row;
    try {
      row = JSON.readTree(e.snapshot());
    } catch (IOException ex) {
      throw new LedgerException("audit entry " + e.seq() + " holds no readable snapshot", ex);
    }
    if (SHIFTS.equals(e.entity())) {
      u.add(
          "INSERT INTO shifts (terminal_id, id, cashier, opened_at, closed_at, audit_seq) VALUES (?,?,?,?,?,?)"
              + " ON CONFLICT (terminal_id, id) DO UPDATE SET cashier = excluded.cashier, closed_at = excluded.closed_at,"
              + " audit_seq = excluded.audit_seq WHERE shifts.audit_seq < excluded.audit_seq",
          terminalId, Long.parseLong(e.entityKey()), text(row, "cashier"), time(row, "opened_at"),
          time(row, "closed_at"), e.seq());
      return;
    }
    OffsetDateTime created = OffsetDateTime.parse(row.path("created_at").asText());
    OffsetDateTime updated = OffsetDateTime.parse(row.path("updated_at").asText());
    if (AuditEntry.PAYMENTS.equals(e.entity())) {
      u.add(
          "INSERT INTO payments (terminal_id, partner_reference_no, reference_no, amount, currency, state,"
              + " response_code, response_message, training, day, created_at, updated_at, audit_seq, paid_at, paid_day,"
              + " shift_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (terminal_id, partner_reference_no)"
              + " DO UPDATE SET reference_no = excluded.reference_no, state = excluded.state,"
              + " response_code = excluded.response_code, response_message = excluded.response_message,"
              + " updated_at = excluded.updated_at, audit_seq = excluded.audit_seq, paid_at = excluded.paid_at,"
              + " paid_day = excluded.paid_day, shift_id = excluded.shift_id WHERE payments.audit_seq < excluded.audit_seq",
          terminalId, e.entityKey(), text(row, "reference_no"), money(row, "amount"),
          text(row, "currency"),
          text(row, "state"), text(row, "response_code"), text(row, "response_message"),
          row.path("training").asLong() == 1, created.toLocalDate(), created, updated, e.seq(),
          time(row, "paid_at"),
          day(row, "paid_at"), number(row, "shift_id"));
    } else if (AuditEntry.CANCELS.equals(e.entity())) {
      u.add(
          "INSERT INTO cancels (terminal_id, partner_reference_no, reason, requested_by, state, response_code,"
              + " response_message, day, created_at, updated_at, audit_seq, updated_day, shift_id)"
              + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (terminal_id, partner_reference_no) DO UPDATE SET"
              + " state = excluded.state, response_code = excluded.response_code,"
              + " response_message = excluded.response_message, updated_at = excluded.updated_at,"
              + " audit_seq = excluded.audit_seq, updated_day = excluded.updated_day, shift_id = excluded.shift_id"
              + " WHERE cancels.audit_seq < excluded.audit_seq",
          terminalId, e.entityKey(), text(row, "reason"), text(row, "requested_by"),
          text(row, "state"),
          text(row, "response_code"), text(row, "response_message"), created.toLocalDate(), created,
          updated,
          e.seq(), updated.toLocalDate(), number(row, "shift_id"));
    } else {
      u.add(
          "INSERT INTO refunds (terminal_id, partner_refund_no, partner_reference_no, refund_no, amount,"
              + " currency, reason, state, response_code, response_message, day, created_at, updated_at, audit_seq,"
              + " updated_day, shift_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (terminal_id,"
              + " partner_refund_no) DO UPDATE SET refund_no = excluded.refund_no, state = excluded.state,"
              + " response_code = excluded.response_code, response_message = excluded.response_message,"
              + " updated_at = excluded.updated_at, audit_seq = excluded.audit_seq, updated_day = excluded.updated_day,"
              + " shift_id = excluded.shift_id WHERE refunds.audit_seq < excluded.audit_seq",
          terminalId, e.entityKey(), text(row, "partner_reference_no"), text(row, "refund_no"),
          money(row, "amount"),
          text(row, "currency"), text(row, "reason"), text(row, "state"),
          text(row, "response_code"),
          text(row, "response_message"), created.toLocalDate(), created, updated, e.seq(),
          updated.toLocalDate(),
          number(row, "shift_id"));
    }
  }

  private static void moveHead(Connection c, String terminalId, AuditEntry last)
      throws SQLException {
    update(c,
        "INSERT INTO terminals (terminal_id, head_seq, head_hash, head_at, pushed_at) VALUES (?,?,?,?, now())"
            + " ON CONFLICT (terminal_id) DO UPDATE SET head_seq = excluded.head_seq, head_hash = excluded.head_hash,"
            + " head_at = excluded.head_at, pushed_at = excluded.pushed_at"
            + " WHERE terminals.head_seq <= excluded.head_seq",
        terminalId, last.seq(), last.hash(), last.at());
  }

  /** A local time as the terminal wrote it (with its offset); null when the column is absent or empty. */
  private static OffsetDateTime time(JsonNode row, String field) {
    String v = text(row, field);
    return v == null ? null : OffsetDateTime.parse(v);
  }

  /** The terminal's own day of a local time: the date part as written, not the ledger's zone. */
  private static LocalDate day(JsonNode row, String field) {
    OffsetDateTime t = time(row, field);
    return t == null ? null : t.toLocalDate();
  }

  private static Long number(JsonNode row, String field) {
    JsonNode v = row.get(field);
    return v == null || v.isNull() ? null : v.asLong();
  }

  private static String text(JsonNode row, String field) {
    JsonNode v = row.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** Amounts are exact decimal strings in the journal; never through a double. */
  private static BigDecimal money(JsonNode row, String field) {
    return new BigDecimal(row.path(field).asText());
  }

  /**
   * The batch's row upserts, one prepared statement per table, each sent as one JDBC batch: a round
   * trip per table rather than per row (with {@code reWriteBatchedInserts}, one multi-row INSERT).
   */
  private static final class Upserts implements AutoCloseable {
    private final Connection c;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();

    Upserts(Connection c) {
      this.c = c;
    }

    void add(String sql, Object... args) throws SQLException {
      PreparedStatement ps = statements.get(sql);
      if (ps == null) {
        ps = c.prepareStatement(sql);
        statements.put(sql, ps);
      }
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.addBatch();
    }

    void run() throws SQLException {
      for (PreparedStatement ps : statements.values()) {
        ps.executeBatch();
      }
    }

    @Override
    public void close() throws SQLException {
      for (PreparedStatement ps : statements.values()) {
        ps.close();
      }
    }
  }

  private static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      return ps.executeUpdate();
    }
  }
}
