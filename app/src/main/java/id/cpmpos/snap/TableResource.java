package id.cpmpos.snap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table of the spec kept as data in a resource beside the class that reads it, once, when that
 * class loads. A missing or unreadable table stops the terminal from starting: without it, answers
 * or requests would go unchecked.
 */
final class TableResource {
  private TableResource() {}

  static List<String> lines(Class<?> reader, String name) {
    InputStream in = reader.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is missing from the classpath");
    }
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return lines.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
