package id.cpmpos.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

  @Test
  void splitsAtSemicolonsThatEndAStatement() {
    assertEquals(List.of("CREATE TABLE a (x)", "INSERT INTO a VALUES (1)"),
        SqlScript.statements("CREATE TABLE a (x);\nINSERT INTO a VALUES (1);\n"));
  }

  @Test
  void keepsATriggerBodyWhole() {
    String trigger = "CREATE TRIGGER no_delete BEFORE DELETE ON a\nBEGIN\n"
        + "  SELECT CASE WHEN 1 THEN RAISE(ABORT, 'no; never') END;\n"
        + "  UPDATE a SET x = x;\nEND";
    assertEquals(List.of("CREATE TABLE a (x)", trigger, "SELECT 1"),
        SqlScript.statements("CREATE TABLE a (x);\n" + trigger + ";\nSELECT 1;"));
  }

  @Test
  void ignoresSemicolonsInLiteralsQuotedNamesAndComments() {
    assertEquals(
        List.of("-- first; still a comment\nINSERT INTO \"t;x\" VALUES ('a;\n''b')",
            "SELECT 2 /* ; */"),
        SqlScript.statements(
            "-- first; still a comment\nINSERT INTO \"t;x\" VALUES ('a;\n''b');SELECT 2 /* ; */;"));
  }

  @Test
  void dropsEmptyStatementsAndTrailingComments() {
    assertEquals(List.of("SELECT 1"), SqlScript.statements(";;\nSELECT 1;\n-- done\n"));
  }
}
