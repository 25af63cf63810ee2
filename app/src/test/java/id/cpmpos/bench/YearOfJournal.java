package id.cpmpos.bench;

import id.cpmpos.journal.Journal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;

/**
 * A journal holding a year of a busy counter ({@code year-of-journal.sql}), built by the migrations and
 * filled with plain SQL in one transaction; kept under {@code target/} between runs, named for its
 * size and schema version, so only the first run (or a new migration) pays for it.
 */
final class YearOfJournal {
  private YearOfJournal() {}

  static Path get(Path dir, int payments) throws IOException, SQLException {
    Files.createDirectories(dir);
    Path probe = dir.resolve("schema-probe.db");
    Files.deleteIfExists(probe);
    Journal.open(probe, Clock.systemUTC(), ZoneId.of("Asia/Jakarta")).close();
    int version = userVersion(probe);
    Path file = dir.resolve("journal-" + payments + "-v" + version + ".db");
    if (Files.exists(file)) {
      return file;
    }
    Path building = dir.resolve(file.getFileName() + ".building");
    Files.copy(probe, building, StandardCopyOption.REPLACE_EXISTING);
    String sql;
    try (InputStream in = YearOfJournal.class.getResourceAsStream("year-of-journal.sql")) {
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(":n",
          Integer.toString(payments));
    }
    long t0 = System.nanoTime();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + building.toAbsolutePath());
        Statement s = c.createStatement()) {
      // A benchmark's fixture, written under a temporary name: no rollback journal, no fsync, a large
      // page cache (the indexes are filled in random order). The terminal opens it as always (WAL, FULL).
      s.execute("PRAGMA journal_mode=OFF");
      s.execute("PRAGMA synchronous=OFF");
      s.execute("PRAGMA cache_size=-524288");
      s.execute("PRAGMA temp_store=FILE");
      c.setAutoCommit(false);
      for (String statement : sql.replaceAll("(?m)^\\s*--.*$", "").split(";\\s*\\n")) {
        if (!statement.isBlank()) {
          s.execute(statement);
        }
      }
      c.commit();
      c.setAutoCommit(true);
      s.execute("PRAGMA journal_mode=WAL");
    }
    Files.deleteIfExists(Path.of(building + "-wal"));
    Files.deleteIfExists(Path.of(building + "-shm"));
    Files.move(building, file, StandardCopyOption.ATOMIC_MOVE);
    System.out.printf("a year of journal: %d payments written in %.0f s, %.0f MB (%s)%n", payments,
        (System.nanoTime() - t0) / 1e9, Files.size(file) / 1e6, file);
    return file;
  }

  private static int userVersion(Path file) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
