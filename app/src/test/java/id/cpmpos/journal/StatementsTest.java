package id.cpmpos.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal's open statements, on a real SQLite file: kept, reused, evicted, re-prepared. */
class StatementsTest {
  @TempDir Path dir;

  @Test
  void aTextIsPreparedOnceAndHandedOutWithItsParametersCleared() throws Exception {
    try (Connection c = open(); Statements statements = new Statements(c)) {
      PreparedStatement first = statements.get("SELECT ?");
      first.setInt(1, 7);
      PreparedStatement again = statements.get("SELECT ?");
      assertSame(first, again);
      try (ResultSet rs = again.executeQuery()) {
        assertTrue(rs.next());
        assertEquals(null, rs.getObject(1), "the 7 of the last caller is gone");
      }
    }
  }

  @Test
  void beyondTheLimitTheLeastRecentlyUsedIsClosedAndTheRecentlyUsedKept() throws Exception {
    try (Connection c = open(); Statements statements = new Statements(c)) {
      PreparedStatement oldest = statements.get("SELECT 0");
      PreparedStatement kept = statements.get("SELECT 1");
      for (int i = 2; i < 64; i++) {
        statements.get("SELECT " + i);
      }
      assertSame(kept, statements.get("SELECT 1"), "used again: now the newest");
      assertFalse(oldest.isClosed(), "64 open: none closed yet");

      statements.get("SELECT 64");

      assertTrue(oldest.isClosed());
      assertFalse(kept.isClosed());
      assertNotSame(oldest, statements.get("SELECT 0"), "prepared again when asked for");
    }
  }

  @Test
  void aStatementTheDriverClosedIsPreparedAgain() throws Exception {
    try (Connection c = open(); Statements statements = new Statements(c)) {
      PreparedStatement first = statements.get("SELECT 1");
      first.close(); // as the driver does to a statement whose step failed
      PreparedStatement second = statements.get("SELECT 1");
      assertNotSame(first, second);
      try (ResultSet rs = second.executeQuery()) {
        assertTrue(rs.next());
        assertEquals(1, rs.getInt(1));
      }
    }
  }

  @Test
  void closingClosesEveryStatementAndLeavesTheConnectionOpen() throws Exception {
    try (Connection c = open()) {
      Statements statements = new Statements(c);
      PreparedStatement a = statements.get("SELECT 1");
      PreparedStatement b = statements.get("SELECT 2");
      statements.close();
      assertTrue(a.isClosed());
      assertTrue(b.isClosed());
      assertFalse(c.isClosed());
    }
  }

  private Connection open() throws Exception {
    return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("statements.db"));
  }
}
