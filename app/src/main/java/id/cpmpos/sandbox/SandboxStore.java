package id.cpmpos.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.cpmpos.snap.SnapJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.sqlite.JDBC;

/**
 * Keeps the sandbox's books in its own SQLite file ({@code sandbox --state FILE}) so a restarted
 * sandbox remembers what it issued and booked. Each record is one JSON row keyed by kind and id:
 * the sandbox's state is small and its shape is the ledger's business, not the schema's.
 */
final class SandboxStore implements AutoCloseable {
  private final Connection connection;
  private final ObjectMapper json = SnapJson.mapper();

  private SandboxStore(Connection connection) {
    this.connection = connection;
  }

  static SandboxStore open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent); // a fresh machine has no data directory yet
      }
      // not DriverManager, which would start every JDBC driver on the class path (see JournalCore.connect)
      Connection c = JDBC.createConnection("jdbc:sqlite:" + file.toAbsolutePath(),
          new Properties());
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute(
            "CREATE TABLE IF NOT EXISTS record (kind TEXT NOT NULL, id TEXT NOT NULL, json TEXT NOT NULL,"
                + " PRIMARY KEY (kind, id))");
      }
      return new SandboxStore(c);
    } catch (SQLException | IOException e) {
      throw new IllegalStateException(
          "cannot open the sandbox state " + file + ": " + e.getMessage(), e);
    }
  }

  synchronized void put(String kind, String id, Object record) {
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT INTO record (kind, id, json) VALUES (?,?,?) ON CONFLICT(kind, id) DO UPDATE SET json = excluded.json")) {
      ps.setString(1, kind);
      ps.setString(2, id);
      ps.setString(3, json.writeValueAsString(record));
      ps.executeUpdate();
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("cannot save sandbox " + kind + " " + id, e);
    }
  }

  synchronized <T> Map<String, T> all(String kind, Class<T> type) {
    Map<String, T> out = new LinkedHashMap<>();
    try (PreparedStatement ps = connection
        .prepareStatement("SELECT id, json FROM record WHERE kind = ? ORDER BY rowid")) {
      ps.setString(1, kind);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), json.readValue(rs.getString(2), type));
        }
      }
      return out;
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("cannot load sandbox " + kind, e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // closing a read-mostly file: nothing to save
    }
  }
}
