package id.cpmpos.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/** Changes a closed journal file behind the terminal's back, as someone with a shell could. */
public final class HandEdits {
  private HandEdits() {}

  /** Runs {@code sql} with the sqlite3 command-line tool (a real process). */
  public static void sqlite3(Path file, String sql) throws IOException, InterruptedException {
    requireSqlite3();
    Process p = new ProcessBuilder("sqlite3", file.toString(), sql).redirectErrorStream(true)
        .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(true, p.waitFor(30, TimeUnit.SECONDS), "sqlite3 finished");
    assertEquals(0, p.exitValue(), "sqlite3 " + sql + ": " + output);
  }

  /** Runs {@code sql} over plain JDBC, with no journal code involved. */
  public static void jdbc(Path file, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  /** CI installs sqlite3 (.ci/run) and must not skip; a developer's machine without it skips. */
  private static void requireSqlite3() throws InterruptedException {
    boolean present;
    try {
      present = new ProcessBuilder("sqlite3", "-version").start().waitFor() == 0;
    } catch (IOException e) {
      present = false;
    }
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("sqlite3 is not installed; .ci/run installs it");
    }
    assumeTrue(present, "the sqlite3 command-line tool is not installed (apt-get install sqlite3)");
  }
}
