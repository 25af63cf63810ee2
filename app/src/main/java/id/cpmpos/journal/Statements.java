package id.cpmpos.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prepared statements kept open on one connection, each SQL text prepared once: the journal runs the
 * same few dozen statements all day, and preparing them again on every call (SQLite parsing and
 * planning the text) was a cost of every payment's two transactions. A statement handed out is the
 * caller's until it runs the next one: used under the journal's lock only, never two at once with
 * the same text (a reader that queried again inside its own loop would reset it).
 */
final class Statements implements AutoCloseable {
  /** More than the journal's stores use; the least recently used is closed beyond it. */
  private static final int MAX_OPEN = 64;

  private final Connection connection;
  private final Map<String, PreparedStatement> open = new LinkedHashMap<>(32, 0.75f, true);

  Statements(Connection connection) {
    this.connection = connection;
  }

  /** The statement for {@code sql}, its parameters cleared. */
  PreparedStatement get(String sql) throws SQLException {
    PreparedStatement ps = open.get(sql); // the map is in access order: this makes it the newest
    if (ps != null) {
      try {
        ps.clearParameters();
        return ps;
      } catch (SQLException closedByTheDriver) {
        // The driver finalizes a statement whose step failed (a full disk, a damaged file): prepare
        // it again.
        open.remove(sql);
        ps.close();
      }
    }
    ps = connection.prepareStatement(sql);
    open.put(sql, ps);
    if (open.size() > MAX_OPEN) {
      Iterator<PreparedStatement> eldest = open.values().iterator();
      PreparedStatement evicted = eldest.next();
      eldest.remove();
      evicted.close();
    }
    return ps;
  }

  /** Closes every statement; the connection stays open. */
  @Override
  public void close() throws SQLException {
    SQLException first = null;
    for (PreparedStatement ps : open.values()) {
      try {
        ps.close();
      } catch (SQLException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    open.clear();
    if (first != null) {
      throw first;
    }
  }
}
