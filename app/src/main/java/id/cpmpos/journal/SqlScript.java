package id.cpmpos.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a migration script into statements the way SQLite's own {@code sqlite3_complete} decides
 * where one ends: at a semicolon outside string literals, quoted names and comments, and outside
 * the {@code BEGIN … END} body of a {@code CREATE TRIGGER} (whose statements end in semicolons of
 * their own). Splitting on {@code ";\n"} would cut a trigger in half.
 */
final class SqlScript {
  private SqlScript() {}

  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0; // BEGIN/CASE … END nesting inside a trigger body
    int i = 0;
    int n = script.length();
    while (i < n) {
      char c = script.charAt(i);
      int end = skipQuotedOrComment(script, i);
      if (end > i) {
        current.append(script, i, end);
        i = end;
      } else if (Character.isLetter(c) || c == '_') {
        int j = i;
        while (j < n && (Character.isLetterOrDigit(script.charAt(j)) || script.charAt(j) == '_')) {
          j++;
        }
        String word = script.substring(i, j).toUpperCase(Locale.ROOT);
        if (isTrigger(current) && (word.equals("BEGIN") || word.equals("CASE"))) {
          depth++;
        } else if (depth > 0 && word.equals("END")) {
          depth--;
        }
        current.append(script, i, j);
        i = j;
      } else if (c == ';' && depth == 0) {
        add(statements, current);
        current.setLength(0);
        i++;
      } else {
        current.append(c);
        i++;
      }
    }
    add(statements, current);
    return statements;
  }

  /** The index just past a literal, quoted name or comment starting at {@code i}, or {@code i}. */
  private static int skipQuotedOrComment(String s, int i) {
    char c = s.charAt(i);
    if (c == '\'' || c == '"' || c == '`' || c == '[') {
      char close = c == '[' ? ']' : c;
      int j = i + 1;
      while (j < s.length()) {
        if (s.charAt(j) == close) {
          if (close != ']' && j + 1 < s.length() && s.charAt(j + 1) == close) {
            j += 2; // a doubled quote is an escaped one
            continue;
          }
          return j + 1;
        }
        j++;
      }
      throw new JournalException("unterminated quote in a migration script");
    }
    if (s.startsWith("--", i)) {
      int nl = s.indexOf('\n', i);
      return nl < 0 ? s.length() : nl + 1;
    }
    if (s.startsWith("/*", i)) {
      int close = s.indexOf("*/", i + 2);
      if (close < 0) {
        throw new JournalException("unterminated comment in a migration script");
      }
      return close + 2;
    }
    return i;
  }

  private static boolean isTrigger(CharSequence statement) {
    String head = withoutComments(statement.toString()).strip().toUpperCase(Locale.ROOT);
    return head.matches("(?s)CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b.*");
  }

  private static String withoutComments(String s) {
    return s.replaceAll("(?m)--.*$", "").replaceAll("(?s)/\\*.*?\\*/", "");
  }

  private static void add(List<String> statements, StringBuilder current) {
    String sql = current.toString().strip();
    if (!withoutComments(sql).isBlank()) {
      statements.add(sql);
    }
  }
}
