package id.cpmpos.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Changes some keys of a terminal's configuration file the way a careful person would by hand: the
 * line holding a key is replaced where it stands, a new key is appended, a removed key's line goes;
 * every other line (comments, blank lines, keys this screen does not know) stays as it was. The
 * result is validated exactly as a start would read it before anything is written, and it replaces
 * the file in one step (a temporary file in the same directory, with the old file's permissions,
 * moved over it), so a bad value or a crash halfway leaves the old file untouched.
 */
public final class ConfigFileEdit {
  private ConfigFileEdit() {}

  /**
   * Applies {@code changes} (a null value removes the key) to {@code file}.
   *
   * @return the configuration as the terminal will read it at its next start
   * @throws ConfigException the changed file would not load (nothing was written)
   * @throws IOException the file could not be read or replaced (nothing was changed)
   */
  public static TerminalConfig apply(Path file, Map<String, String> changes)
      throws ConfigException, IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String edited = edit(text, changes);
    Properties p = new Properties();
    p.load(new StringReader(edited));
    TerminalConfig config = ConfigLoader.fromProperties(p, file.toAbsolutePath().getParent());
    if (!edited.equals(text)) {
      replace(file, edited);
    }
    return config;
  }

  /** The text with each changed key's line replaced, removed or appended. */
  static String edit(String text, Map<String, String> changes) {
    List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
    boolean endsWithNewline = text.isEmpty() || text.endsWith("\n");
    if (endsWithNewline && !lines.isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    List<String> out = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      // A logical line may continue over several physical ones (an odd number of trailing backslashes).
      int last = i;
      while (last < lines.size() - 1 && continues(lines.get(last)) && !isComment(lines.get(i))) {
        last++;
      }
      String key = isComment(lines.get(i)) || lines.get(i).isBlank() ? null : keyOf(lines.get(i));
      if (key != null && changes.containsKey(key)) {
        String value = changes.get(key);
        if (value != null && done.add(key)) {
          out.add(line(key, value));
        }
        // a removed key, or a second definition of a changed one (the last would win): dropped
      } else {
        out.addAll(lines.subList(i, last + 1));
      }
      i = last;
    }
    for (Map.Entry<String, String> c : new TreeMap<>(changes).entrySet()) {
      if (c.getValue() != null && !done.contains(c.getKey())) {
        out.add(line(c.getKey(), c.getValue()));
      }
    }
    return String.join("\n", out) + "\n";
  }

  private static boolean isComment(String line) {
    String t = line.stripLeading();
    return t.startsWith("#") || t.startsWith("!");
  }

  private static boolean continues(String line) {
    int n = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      n++;
    }
    return n % 2 == 1;
  }

  /** The key of a properties line: up to the first unescaped '=', ':' or white space. */
  private static String keyOf(String line) {
    StringBuilder key = new StringBuilder();
    String t = line.stripLeading();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\\' && i + 1 < t.length()) {
        key.append(t.charAt(++i));
      } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
        break;
      } else {
        key.append(c);
      }
    }
    return key.toString();
  }

  /** {@code key=value} with the value escaped as Properties reads it back (a leading space kept). */
  static String line(String key, String value) {
    StringBuilder v = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> v.append("\\\\");
        case '\n' -> v.append("\\n");
        case '\r' -> v.append("\\r");
        case '\t' -> v.append("\\t");
        case '\f' -> v.append("\\f");
        case ' ' -> v.append(i == 0 ? "\\ " : " ");
        default -> v.append(c);
      }
    }
    return key + "=" + v;
  }

  private static void replace(Path file, String text) throws IOException {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Path temp = dir.resolve("." + target.getFileName() + ".saving");
    Files.deleteIfExists(temp);
    PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    if (posix != null) {
      // Owner-only from the first byte, then exactly the old file's permissions.
      Set<PosixFilePermission> old = posix.readAttributes().permissions();
      Files.createFile(temp,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.setPosixFilePermissions(temp, old);
    }
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      try (FileChannel ch = FileChannel.open(temp,
          StandardOpenOption.WRITE)) {
        ch.force(true); // on the disk before it replaces the old file
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
