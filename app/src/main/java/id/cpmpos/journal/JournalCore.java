package id.cpmpos.journal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.sqlite.JDBC;
import org.sqlite.SQLiteConnection;

/**
 * What every store of the journal shares: the one connection, its lock (this object), transactions
 * that commit a change together with its audit entry, and the clock that stamps rows. The stores
 * hold no state of their own, so two stores' work inside one {@link #write} commits as one.
 */
final class JournalCore {
  private final Connection connection;
  private final Statements statements;
  private final Clock clock;
  private final ZoneId zone;
  private boolean inTransaction; // guarded by this
  /** Commits that wrote something: each is one sync of the journal to disk (synchronous=FULL). */
  private long commits; // guarded by this

  JournalCore(Connection connection, Clock clock, ZoneId zone) {
    this.connection = connection;
    this.statements = new Statements(connection);
    this.clock = clock;
    this.zone = zone;
  }

  /** A connection to the journal file with {@code pragmas} run on it, e.g. "busy_timeout=5000". */
  static Connection connect(Path file, String... pragmas) throws SQLException {
    // SQLite's driver itself: DriverManager first loads and starts every JDBC driver on the class path
    // (PostgreSQL's, with java.util.logging), a tenth of a quick command's start-up.
    Connection c = JDBC.createConnection("jdbc:sqlite:" + file.toAbsolutePath(), new Properties());
    try (Statement s = c.createStatement()) {
      for (String pragma : pragmas) {
        s.execute("PRAGMA " + pragma);
      }
    } catch (SQLException e) {
      c.close();
      throw e;
    }
    return c;
  }

  /** Work on the journal's connection that commits as a whole or not at all. */
  @FunctionalInterface
  interface SqlWork<T> {
    T run() throws SQLException;
  }

  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /**
   * Runs {@code work} under the journal's lock in one transaction, so that a change and its audit
   * entry commit together; inside another {@code write} the work joins the outer transaction. SQL
   * failures become a JournalException naming {@code what} (its {@link JournalException#problem()}
   * still finds SQLite's code in the cause).
   */
  synchronized <T> T write(String what, SqlWork<T> work) {
    try {
      return inTransaction(work);
    } catch (SQLException e) {
      throw new JournalException(what + ": " + e.getMessage(), e);
    }
  }

  /**
   * One statement under the journal's lock that needs no transaction of its own (an unaudited row:
   * a call record, the schedule): it commits by itself, or with the caller's transaction.
   */
  synchronized int single(String what, String sql, Object... args) {
    return read(what, () -> {
      int n = update(sql, args);
      if (!inTransaction && n > 0) {
        commits++;
      }
      return n;
    });
  }

  /** Commits that changed the journal since it was opened: each cost one sync to disk. */
  synchronized long commits() {
    return commits;
  }

  /** A read under the journal's lock; SQL failures become a JournalException naming {@code what}. */
  synchronized <T> T read(String what, SqlWork<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw new JournalException(what + ": " + e.getMessage(), e);
    }
  }

  /**
   * One transaction, or joins the one in progress. Transactions are SQL statements on a connection
   * that stays in the driver's auto-commit mode: on a full disk SQLite rolls a transaction back
   * itself, and the driver's own manual-commit mode could then neither commit nor leave (it stayed
   * in it, and every later write ran without a transaction: change and audit entry no longer
   * atomic). A ROLLBACK that finds nothing to roll back is harmless; the first failure is thrown, so
   * SQLITE_FULL stays what {@link JournalException#problem()} sees.
   */
  private <T> T inTransaction(SqlWork<T> work) throws SQLException {
    if (inTransaction) {
      return work.run();
    }
    execute("BEGIN");
    inTransaction = true;
    try {
      long changesBefore = totalChanges();
      T result = work.run();
      execute("COMMIT");
      if (totalChanges() != changesBefore) {
        commits++;
      }
      return result;
    } catch (SQLException | RuntimeException e) {
      try {
        execute("ROLLBACK");
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    } finally {
      inTransaction = false;
    }
  }

  /** Rows changed on this connection since it was opened (SQLite's own count, no statement run). */
  private long totalChanges() throws SQLException {
    return ((SQLiteConnection) connection).getDatabase().total_changes();
  }

  private void execute(String sql) throws SQLException {
    statements.get(sql).execute();
  }

  /**
   * A change to one audited row, in one transaction with its audit entry: runs {@code sql} and, if
   * it changed a row, appends the row's content as {@code action} at {@code at}. True when a row
   * changed (a compare-and-set that lost to someone else changes none, and appends nothing).
   */
  boolean auditedUpdate(String what, AuditedTable table, String key, String action, String at,
      String sql,
      Object... args) {
    return write(what, () -> {
      boolean changed = update(sql, args) == 1;
      if (changed) {
        audited(table, key, action, at);
      }
      return changed;
    });
  }

  /**
   * A compare-and-set on an audited row's state: moves the row keyed {@code key} from {@code from} to
   * {@code to}, setting {@code columns} too (SQL assignments, one {@code ?} for each of
   * {@code values}) and its updated_at. False when the row is no longer in {@code from} (someone else
   * moved it first); an illegal move throws before anything is written.
   */
  <S extends RowState<S>> boolean moveState(AuditedTable table, String key, S from, S to,
      String columns, Object... values) {
    if (!from.canMoveTo(to)) {
      throw new JournalException(
          "illegal move of " + table.name() + " " + key + ": " + from + " -> " + to);
    }
    String now = now();
    List<Object> args = new ArrayList<>();
    args.add(to.name());
    args.addAll(Arrays.asList(values));
    args.addAll(List.of(now, key, from.name()));
    return auditedUpdate("cannot update " + table.name() + " " + key, table, key, "UPDATE", now,
        "UPDATE " + table.name() + " SET state = ?, " + columns + ", updated_at = ? WHERE "
            + table.keyColumn() + " = ? AND state = ?",
        args.toArray());
  }

  /** Appends the row's content after a change; call inside {@link #write}, after the change. */
  void audited(AuditedTable table, String key, String action, String at) throws SQLException {
    AuditLog.append(statements, table, key, action, at);
  }

  Connection connection() {
    return connection;
  }

  int update(String sql, Object... args) throws SQLException {
    PreparedStatement ps = statements.get(sql);
    bind(ps, args);
    return ps.executeUpdate();
  }

  <T> Optional<T> queryOne(String sql, RowReader<T> reader, Object... args) throws SQLException {
    List<T> all = queryAll(sql, reader, args);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  <T> List<T> queryAll(String sql, RowReader<T> reader, Object... args) throws SQLException {
    PreparedStatement ps = statements.get(sql);
    bind(ps, args);
    List<T> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(reader.read(rs));
      }
    }
    return out;
  }

  private static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
  }

  ZoneId zone() {
    return zone;
  }

  /** The time rows are stamped with: the injected clock, in the terminal's zone, to the millisecond. */
  String now() {
    return OffsetDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.MILLIS).toString();
  }

  synchronized void close() throws SQLException {
    try {
      statements.close();
    } finally {
      connection.close();
    }
  }
}
