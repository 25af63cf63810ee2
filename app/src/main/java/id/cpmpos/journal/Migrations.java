package id.cpmpos.journal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings the schema up to date at start-up. SQLite keeps the schema version in its own header
 * ({@code PRAGMA user_version}); each migration runs in one transaction together with the version
 * bump, so a crash leaves the schema at one version or the next, never in between.
 */
final class Migrations {
  /** In order; a released migration is never edited, only followed by a new one. */
  static final List<String> SCRIPTS = List.of("V1__payments.sql");

  private Migrations() {}

  static void migrate(Connection c) throws SQLException {
    int current;
    try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
      current = rs.next() ? rs.getInt(1) : 0;
    }
    if (current > SCRIPTS.size()) {
      throw new JournalException("the journal was written by a newer cpm-pos (schema " + current
          + "); this version knows schema " + SCRIPTS.size() + ". Install the newer version.");
    }
    for (int version = current + 1; version <= SCRIPTS.size(); version++) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        for (String sql : read(SCRIPTS.get(version - 1)).split(";\\s*\\n")) {
          if (!sql.isBlank()) {
            s.executeUpdate(sql);
          }
        }
        s.executeUpdate("PRAGMA user_version = " + version);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  private static String read(String script) {
    try (InputStream in = Migrations.class.getResourceAsStream(script)) {
      if (in == null) {
        throw new JournalException("migration " + script + " missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new JournalException("cannot read migration " + script, e);
    }
  }
}
