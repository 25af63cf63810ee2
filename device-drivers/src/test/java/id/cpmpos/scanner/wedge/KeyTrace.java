package id.cpmpos.scanner.wedge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A timed keystroke trace from {@code src/test/resources/wedge}: one key per line, the gap since the
 * previous key in milliseconds, a tab, then the key ({@code ENTER}, {@code TAB}, or the character).
 */
record KeyTrace(String name, List<Key> keys) {
  record Key(char c, long nanos) {}

  static KeyTrace load(String name) {
    List<Key> keys = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        Objects.requireNonNull(KeyTrace.class.getResourceAsStream("/wedge/" + name), name),
        StandardCharsets.UTF_8))) {
      double t = 0;
      for (String line; (line = in.readLine()) != null;) {
        if (line.startsWith("#") || line.isEmpty()) {
          continue;
        }
        int tab = line.indexOf('\t');
        t += Double.parseDouble(line.substring(0, tab));
        String key = line.substring(tab + 1);
        char c = switch (key) {
          case "ENTER" -> '\n';
          case "TAB" -> '\t';
          default -> key.charAt(0);
        };
        keys.add(new Key(c, Math.round(t * 1_000_000)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new KeyTrace(name, keys);
  }

  /** Replays the trace into a detector; returns every burst it recognised. */
  List<WedgeBurst> replay(WedgeDetector detector) {
    List<WedgeBurst> bursts = new ArrayList<>();
    for (Key k : keys) {
      Optional<WedgeBurst> b = detector.key(k.c, k.nanos);
      b.ifPresent(bursts::add);
    }
    return bursts;
  }

  /** The characters the trace types before its last Enter, as a person would read them. */
  String text() {
    StringBuilder sb = new StringBuilder();
    keys.forEach(k -> sb.append(k.c));
    return sb.toString();
  }
}
