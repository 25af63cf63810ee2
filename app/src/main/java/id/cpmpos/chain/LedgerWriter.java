package id.cpmpos.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.cpmpos.journal.AuditEntry;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one batch of a terminal's audit entries to the ledger in one transaction: the entries
 * themselves (keyed by terminal id + sequence number), the current state of every payment, cancel
 * and refund they touch (keyed by terminal id + the journal's own business key), and the terminal's
 * audit head. Every write is an upsert that ignores what the ledger already holds or holds newer,
 * so a batch pushed twice, or an old batch arriving after a newer one, changes nothing.
 */
final class LedgerWriter {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

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
    LedgerRow kept = LedgerRow.BY_ENTITY.get(e.entity());
    if (e.shareableSnapshot() == null || kept == null) {
      return;
    }
    JsonNode row;
    try {
      row = JSON.readTree(e.snapshot());
    } catch (IOException ex) {
      throw new LedgerException("audit entry " + e.seq() + " holds no readable snapshot", ex);
    }
    u.add(kept.upsert(), kept.arguments(terminalId, e, row));
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
