package id.cpmpos.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * The hash-chained audit log ({@code audit_log}, see V3__audit.sql). Every append happens on the
 * caller's connection inside the caller's transaction, after the change it records, so a change
 * and its entry commit together or not at all, and the write lock is already held when the chain's
 * head is read (two processes on one journal cannot fork the chain).
 *
 * <p>An entry's hash is SHA-256 (lower-case hex) over its fields in this order: prev_hash, seq, at,
 * entity, entity_key, action, snapshot — each written as its UTF-8 byte length in decimal, a colon,
 * and the bytes. The encoding is ours, not a library's, so a library upgrade can never change a
 * stored hash. The first entry's prev_hash is {@link #GENESIS}.
 */
final class AuditLog {
  static final String GENESIS = "0".repeat(64);

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private AuditLog() {}

  /** Appends the current content of {@code table}'s row {@code key}; the row must exist. */
  static void append(Connection c, AuditedTable table, String key, String action, String at)
      throws SQLException {
    try (Statements statements = new Statements(c)) {
      append(statements, table, key, action, at);
    }
  }

  /** {@link #append(Connection, AuditedTable, String, String, String)} with statements kept open. */
  static void append(Statements statements, AuditedTable table, String key, String action,
      String at) throws SQLException {
    String snapshot;
    PreparedStatement ps = statements
        .get("SELECT * FROM " + table.name() + " WHERE " + table.keyColumn() + " = ?");
    ps.setString(1, key);
    try (ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new JournalException("no " + table.name() + " row " + key + " to audit");
      }
      snapshot = snapshot(rs);
    }
    appendEntry(statements, table.name(), key, action, snapshot, at);
  }

  /** Migration step: the rows a journal held before it had an audit log get their first entry. */
  static void adoptExistingRows(Connection c, String at) throws SQLException {
    appendEveryRow(c, at, "ADOPT", AuditedTable.ALL);
  }

  /**
   * Migration step: a migration that added columns to audited tables appends every row's new
   * snapshot (action MIGRATE), so {@code journal verify} compares rows with what they are now.
   */
  static void appendEveryRow(Connection c, String at, String action, List<AuditedTable> tables)
      throws SQLException {
    for (AuditedTable table : tables) {
      if (!exists(c, table)) {
        continue;
      }
      List<String[]> rows = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT * FROM " + table.name() + " ORDER BY rowid")) {
        while (rs.next()) {
          rows.add(new String[]{rs.getString(table.keyColumn()), snapshot(rs)});
        }
      }
      try (Statements statements = new Statements(c)) {
        for (String[] row : rows) {
          appendEntry(statements, table.name(), row[0], action, row[1], at);
        }
      }
    }
  }

  private static void appendEntry(Statements statements, String entity, String key,
      String action, String snapshot, String at)
      throws SQLException {
    long seq = 1;
    String prev = GENESIS;
    try (ResultSet rs = statements
        .get("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").executeQuery()) {
      if (rs.next()) {
        seq = rs.getLong(1) + 1;
        prev = rs.getString(2);
      }
    }
    PreparedStatement ps = statements.get("INSERT INTO audit_log"
        + " (seq, at, entity, entity_key, action, snapshot, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?)");
    ps.setLong(1, seq);
    ps.setString(2, at);
    ps.setString(3, entity);
    ps.setString(4, key);
    ps.setString(5, action);
    ps.setString(6, snapshot);
    ps.setString(7, prev);
    ps.setString(8, hash(prev, seq, at, entity, key, action, snapshot));
    ps.executeUpdate();
  }

  /** The last entry's hash, as {@code journal verify} reports it; null when the log is empty. */
  static String head(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  static boolean exists(Connection c, AuditedTable table) throws SQLException {
    try (PreparedStatement ps = c
        .prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
      ps.setString(1, table.name());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** The current row as canonical JSON: every column, sorted by name, SQLite's own value types. */
  static String snapshot(ResultSet rs) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    TreeMap<String, Object> row = new TreeMap<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      Object value = rs.getObject(i);
      row.put(meta.getColumnName(i), value instanceof Integer n ? Long.valueOf(n) : value);
    }
    try {
      return JSON.writeValueAsString(row);
    } catch (JsonProcessingException e) {
      throw new JournalException("cannot write an audit snapshot", e);
    }
  }

  /**
   * A stored snapshot written out again by this build's serializer, so it compares equal to
   * {@link #snapshot(ResultSet)} of an unchanged row even if a library upgrade changed how JSON is
   * spelled (the hash covers the stored text, so it is unaffected either way).
   */
  static String canonical(String snapshot) {
    try {
      return JSON.writeValueAsString(JSON.readValue(snapshot, TreeMap.class));
    } catch (JsonProcessingException e) {
      return "unreadable: " + snapshot;
    }
  }

  static String hash(String prevHash, long seq, String at, String entity, String key, String action,
      String snapshot) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String field : new String[]{prevHash, Long.toString(seq), at, entity, key, action,
          snapshot}) {
        byte[] bytes = (field == null ? "" : field).getBytes(StandardCharsets.UTF_8);
        sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha.update(bytes);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
