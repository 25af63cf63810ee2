package id.cpmpos.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Real journal failures for tests: another process's write lock (SQLITE_BUSY once the busy timeout
 * passes) and a journal that cannot grow (SQLITE_FULL), both through SQLite itself.
 */
public final class JournalFaults {
  private JournalFaults() {}

  /** A second connection holding the write lock, as sqlite3 or a backup tool in another process would. */
  public static final class WriteLock implements AutoCloseable {
    private final Connection connection;

    private WriteLock(Connection connection) {
      this.connection = connection;
    }

    @Override
    public void close() throws SQLException {
      try (Statement s = connection.createStatement()) {
        s.execute("ROLLBACK");
      } finally {
        connection.close();
      }
    }
  }

  /** Takes the journal's write lock (BEGIN EXCLUSIVE) until the returned lock is closed. */
  public static WriteLock holdWriteLock(Path file) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout=10000");
      s.execute("BEGIN EXCLUSIVE");
    }
    return new WriteLock(c);
  }

  /**
   * Fills the journal as a full disk would: the {@code calls} table's last page is filled (by a
   * second connection, as any other writer could) and the journal's connection may not add a
   * page, so the next call record, the first thing written after an answer, fails with SQLITE_FULL.
   * The filler row names no payment of the terminal.
   */
  public static void fillDisk(Journal journal, Path file) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout=10000");
      // ~4000 bytes: whether it lands on the last page or starts a new one, fewer than ~100 bytes stay free.
      s.executeUpdate(
          "INSERT INTO calls (partner_reference_no, service, outcome, response_message, at) VALUES"
              + " ('filler', 'FILLER', 'FILLER', printf('%.3990c', 'x'), '2026-01-01T00:00+07:00')");
      try (ResultSet rs = s.executeQuery("PRAGMA freelist_count")) {
        assertEquals(0, rs.getInt(1), "no free pages the journal could take instead of growing");
      }
      try (ResultSet rs = s.executeQuery("PRAGMA page_count")) {
        journal.maxPages(rs.getLong(1));
      }
    }
  }

  /** Space is free again: the journal may grow. */
  public static void freeDisk(Journal journal) {
    journal.maxPages(Integer.MAX_VALUE);
  }
}
