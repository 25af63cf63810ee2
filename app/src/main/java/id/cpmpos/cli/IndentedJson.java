package id.cpmpos.cli;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Maps and lists of strings, numbers, booleans and nulls as indented JSON, character for character
 * as Jackson's indenting object mapper writes them (objects one field a line, two spaces a level;
 * arrays on the line, {@code [ a, b ]}; control characters escaped, everything else as it is).
 * Written here because loading Jackson, even its streaming generator alone, was a tenth of a quick
 * command's whole run ({@code journal --json}) for a few hundred bytes of output.
 */
final class IndentedJson {
  private static final String NEWLINE = System.lineSeparator();
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private IndentedJson() {}

  /** True when {@link #write} can write all of it. */
  static boolean writable(Object v) {
    if (v == null || v instanceof String || v instanceof Boolean || v instanceof Integer
        || v instanceof Long
        || v instanceof BigDecimal || v instanceof BigInteger || v instanceof Double) {
      return true;
    }
    if (v instanceof Map<?, ?> m) {
      return m.keySet().stream().allMatch(k -> k instanceof String)
          && m.values().stream().allMatch(IndentedJson::writable);
    }
    return v instanceof List<?> l && l.stream().allMatch(IndentedJson::writable);
  }

  static String write(Object value) {
    StringBuilder out = new StringBuilder(256);
    write(out, value, 0);
    return out.toString();
  }

  /** {@code level}: how many objects enclose the value (arrays do not indent). */
  private static void write(StringBuilder out, Object v, int level) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof String s) {
      string(out, s);
    } else if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
      string(out, d.toString()); // as the mapper quotes non-numeric numbers
    } else if (v instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        out.append("{ }");
        return;
      }
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        out.append(first ? "" : ",").append(NEWLINE);
        indent(out, level + 1);
        string(out, (String) e.getKey());
        out.append(" : ");
        write(out, e.getValue(), level + 1);
        first = false;
      }
      out.append(NEWLINE);
      indent(out, level);
      out.append('}');
    } else if (v instanceof List<?> l) {
      out.append('[');
      boolean first = true;
      for (Object item : l) {
        out.append(first ? " " : ", ");
        write(out, item, level);
        first = false;
      }
      out.append(" ]");
    } else {
      out.append(v); // Boolean, Integer, Long, BigInteger, BigDecimal (toString, as the mapper), finite Double
    }
  }

  private static void indent(StringBuilder out, int level) {
    for (int i = 0; i < level; i++) {
      out.append("  ");
    }
  }

  private static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
