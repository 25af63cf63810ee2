package id.cpmpos.journal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings the schema up to date at start-up. SQLite keeps the schema version in its own header
 * ({@code PRAGMA user_version}); each migration runs in one transaction together with the version
 * bump, so a crash leaves the schema at one version or the next, never in between.
 *
 * <p>Why not Flyway (flyway-core 13.12.1, which still carries SQLite in the core jar): measured on a
 * cold JVM it adds ~180 ms to every start of an up-to-date journal (~2.5 ms here) and ~250 ms to a
 * fresh one (~12 ms here), ~0.8 MB to the shaded jar, a {@code flyway_schema_history} table, and it
 * could not adopt existing journals without code that maps our {@code user_version} to its baseline
 * anyway. Every CLI command is a fresh JVM, so the start-up cost is paid per command. See README.
 */
final class Migrations {
  /**
   * In order; a released migration is never edited, only followed by a new one. The version is the
   * number in the name ({@code V<n>__what.sql}), so scripts may land in any order of merge.
   */
  static final List<String> SCRIPTS = List.of("V1__payments.sql", "V2__refunds_cancels_calls.sql",
      "V3__audit.sql",
      "V4__notify_external_ids.sql", "V5__pin_failures.sql", "V6__shifts_and_day_report.sql",
      "V7__qr_hash_index.sql", "V8__chain_marks.sql");

  /**
   * Java steps that run after a script, inside its transaction. A migration that creates or changes
   * rows of an {@link AuditedTable} appends their new snapshots here, or {@code journal verify}
   * would (rightly) report those rows as changed behind the audit log's back.
   */
  static final Map<String, AuditStep> AFTER = Map.of("V3__audit.sql", AuditLog::adoptExistingRows,
      "V6__shifts_and_day_report.sql", (c, now) -> AuditLog.appendEveryRow(c, now, "MIGRATE",
          List.of(AuditedTable.PAYMENTS, AuditedTable.CANCELS, AuditedTable.REFUNDS)));

  private static final Pattern NAME = Pattern.compile("V(\\d+)__\\w+\\.sql");

  /** A Java step of a migration: gets the connection (inside the migration's transaction) and the time. */
  @FunctionalInterface
  interface AuditStep {
    void run(Connection c, String now) throws SQLException;
  }

  private Migrations() {}

  static int latestVersion() {
    return version(SCRIPTS.get(SCRIPTS.size() - 1));
  }

  static void migrate(Connection c, Supplier<String> now) throws SQLException {
    migrate(c, SCRIPTS, now);
  }

  static void migrate(Connection c, List<String> scripts, Supplier<String> now)
      throws SQLException {
    int current;
    try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
      current = rs.next() ? rs.getInt(1) : 0;
    }
    int latest = 0;
    for (String script : scripts) {
      int version = version(script);
      if (version <= latest) {
        throw new JournalException("migration " + script + " is out of order");
      }
      latest = version;
    }
    if (current > latest) {
      throw new JournalException("the journal was written by a newer cpm-pos (schema " + current
          + "); this version knows schema " + latest + ". Install the newer version.");
    }
    for (String script : scripts) {
      int version = version(script);
      if (version > current) {
        apply(c, script, version, now);
      }
    }
  }

  private static void apply(Connection c, String script, int version, Supplier<String> now)
      throws SQLException {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      for (String sql : SqlScript.statements(read(script))) {
        s.executeUpdate(sql);
      }
      AuditStep after = AFTER.get(script);
      if (after != null) {
        after.run(c, now.get());
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

  static int version(String script) {
    Matcher m = NAME.matcher(script);
    if (!m.matches()) {
      throw new JournalException("migration " + script + " is not named V<n>__<what>.sql");
    }
    return Integer.parseInt(m.group(1));
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
