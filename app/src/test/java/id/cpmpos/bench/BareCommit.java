package id.cpmpos.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/** The baselines' journal: one row committed in one transaction, with the journal's own pragmas. */
final class BareCommit implements AutoCloseable {
  private final Connection c;
  private final PreparedStatement insert;
  private long n;

  BareCommit(Path file) throws SQLException {
    c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA journal_mode=WAL");
      s.execute("PRAGMA synchronous=FULL");
      s.execute(
          "CREATE TABLE IF NOT EXISTS bare (id INTEGER PRIMARY KEY, ref TEXT NOT NULL, status INTEGER, at TEXT)");
    }
    c.setAutoCommit(false);
    insert = c.prepareStatement("INSERT INTO bare (ref, status, at) VALUES (?, ?, ?)");
  }

  void commitOne(int status) throws SQLException {
    insert.setString(1, "B" + (++n));
    insert.setInt(2, status);
    insert.setString(3, Instant.now().toString());
    insert.executeUpdate();
    c.commit();
  }

  @Override
  public void close() throws SQLException {
    insert.close();
    c.close();
  }
}
