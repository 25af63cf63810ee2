package id.cpmpos.journal;

import id.cpmpos.journal.AuditProblem.Kind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the audit chain entry by entry, then every audited row against its latest entry. Runs on
 * one read transaction, so a terminal writing meanwhile cannot produce a false alarm.
 */
final class AuditVerifier {
  /** The latest entry of one row: its seq and its snapshot in this build's canonical spelling. */
  private record Latest(long seq, String canonicalSnapshot) {}

  private AuditVerifier() {}

  static AuditReport verify(Connection c) throws SQLException {
    List<AuditProblem> problems = new ArrayList<>();
    Map<String, Map<String, Latest>> latest = new HashMap<>();
    long entries = 0;
    long expectedSeq = 1;
    String previousHash = AuditLog.GENESIS;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(
            "SELECT seq, at, entity, entity_key, action, snapshot, prev_hash, hash FROM audit_log ORDER BY seq")) {
      while (rs.next()) {
        entries++;
        long seq = rs.getLong(1);
        String entity = rs.getString(3);
        String key = rs.getString(4);
        String snapshot = rs.getString(6);
        String hash = rs.getString(8);
        if (seq != expectedSeq) {
          problems.add(new AuditProblem(Kind.ENTRY_MISSING, seq, entity, key));
        } else if (!previousHash.equals(rs.getString(7))) {
          problems.add(new AuditProblem(Kind.CHAIN_BROKEN, seq, entity, key));
        }
        if (!AuditLog
            .hash(rs.getString(7), seq, rs.getString(2), entity, key, rs.getString(5), snapshot)
            .equals(hash)) {
          problems.add(new AuditProblem(Kind.ENTRY_ALTERED, seq, entity, key));
        }
        latest.computeIfAbsent(entity, e -> new HashMap<>())
            .put(key, new Latest(seq, AuditLog.canonical(snapshot)));
        previousHash = hash == null ? "" : hash;
        expectedSeq = seq + 1;
      }
    }
    for (AuditedTable table : AuditedTable.ALL) {
      if (AuditLog.exists(c, table)) {
        checkRows(c, table, latest.getOrDefault(table.name(), new HashMap<>()), problems);
      }
    }
    return new AuditReport(entries, entries == 0 ? null : previousHash, problems);
  }

  private static void checkRows(Connection c, AuditedTable table, Map<String, Latest> latest,
      List<AuditProblem> problems) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM " + table.name() + " ORDER BY rowid")) {
      while (rs.next()) {
        String key = rs.getString(table.keyColumn());
        Latest entry = latest.remove(key);
        if (entry == null) {
          problems.add(new AuditProblem(Kind.ROW_UNAUDITED, null, table.name(), key));
        } else if (!entry.canonicalSnapshot().equals(AuditLog.snapshot(rs))) {
          problems.add(new AuditProblem(Kind.ROW_ALTERED, entry.seq(), table.name(), key));
        }
      }
    }
    // What is left was audited but is no longer there; listed in the order it was last changed.
    latest.entrySet().stream()
        .sorted(Comparator.comparingLong(gone -> gone.getValue().seq()))
        .forEach(gone -> problems.add(
            new AuditProblem(Kind.ROW_DELETED, gone.getValue().seq(), table.name(),
                gone.getKey())));
  }
}
