package id.cpmpos.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds a benchmark's figures to the run's summary, {@code target/bench-summary.json} at the root
 * ({@code -Dbench.summary}, set by the bench profile): one flat object of numbers, fields in
 * alphabetical order, each benchmark overwriting only its own. A figure that could not be measured is
 * written as null (the benchmark prints why). device-drivers has a twin of this class: the modules
 * share no test code.
 */
public final class BenchSummary {
  private static final Pattern FIELD = Pattern
      .compile("\"([A-Za-z0-9]+)\"\\s*:\\s*(null|-?[0-9.eE+-]+)");

  private BenchSummary() {}

  public static synchronized void put(Map<String, Double> fields) {
    Path file = Path.of(System.getProperty("bench.summary", "target/bench-summary.json"));
    try {
      Map<String, String> all = new TreeMap<>();
      if (Files.exists(file)) {
        Matcher m = FIELD.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          all.put(m.group(1), m.group(2));
        }
      }
      fields.forEach(
          (k, v) -> all.put(k, v == null || v.isNaN() || v.isInfinite() ? "null" : format(v)));
      StringBuilder json = new StringBuilder("{\n");
      int i = 0;
      for (var e : all.entrySet()) {
        json.append("  \"").append(e.getKey()).append("\": ").append(e.getValue())
            .append(++i < all.size() ? ",\n" : "\n");
      }
      json.append("}\n");
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, json, StandardCharsets.UTF_8);
      System.out.println("bench summary: " + fields.keySet() + " -> " + file.toAbsolutePath());
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the bench summary " + file, e);
    }
  }

  /** Three significant decimals at most; whole numbers without a fraction. */
  private static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }
}
