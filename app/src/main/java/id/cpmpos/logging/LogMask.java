package id.cpmpos.logging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what must never be written to a log, whatever the log line's author intended: every
 * formatted line (message and stack trace) passes through {@link #mask} before it is written.
 *
 * <p>Two layers. Values the terminal knows are secret (the client secret, each B2B token it
 * receives) are registered and replaced wherever they appear. Patterns catch the rest: QRIS CPM
 * content (Base64 of tag 85 {@code CPV01}, {@code hQVDUFYwM…}; replaced by its hash, which is what
 * the journal keeps), bearer tokens, {@code key=value} / {@code "key":"value"} pairs whose key names a secret (signature,
 * token, secret, password, PIN, QR content), and long opaque Base64 runs (signatures, keys).
 */
public final class LogMask {
  static final String MASK = "***";
  /** Tokens are renewed every few minutes; the newest few are enough to mask what is still in use. */
  private static final int MAX_VALUES = 64;
  private static final int MIN_VALUE_LENGTH = 6;
  private static final Deque<String> values = new ArrayDeque<>();

  private static final Pattern QR = Pattern.compile("hQVDUFYwM[A-Za-z0-9+/=_-]*");
  private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer)\\s+[A-Za-z0-9._~+/=-]+");
  private static final Pattern SECRET_PAIR = Pattern
      .compile("(?i)\\b((?:x-signature|signature|authorization"
          + "(?:-customer)?|access[_-]?token|refresh[_-]?token|client[._-]?secret|secret|password|passwd|passphrase"
          + "|pin|qr[_-]?content)\"?\\s*[:=]\\s*\"?)(?!\\*\\*\\*|(?i:bearer)\\b)([^\\s\",}&\\]]+)");
  /** A PIN's digits after the word, whatever the punctuation: "PIN 1234", "pin: 1234", "PIN=1234". */
  private static final Pattern PIN_DIGITS = Pattern.compile("(?i)(\\bpin\\b\\W{0,3})\\d{4,12}\\b");
  private static final Pattern OPAQUE = Pattern.compile("[A-Za-z0-9+/_-]{40,}={0,2}");

  private LogMask() {}

  /** Masks {@code value} in every later log line (blank or very short values are ignored). */
  public static void register(String value) {
    if (value == null || value.strip().length() < MIN_VALUE_LENGTH) {
      return;
    }
    synchronized (values) {
      values.remove(value);
      values.addFirst(value);
      while (values.size() > MAX_VALUES) {
        values.removeLast();
      }
    }
  }

  public static String mask(String line) {
    if (line == null || line.isEmpty()) {
      return line;
    }
    String s = line;
    synchronized (values) {
      for (String v : values) {
        if (s.contains(v)) {
          s = s.replace(v, MASK);
        }
      }
    }
    s = replace(QR, s, m -> "[QR sha256:" + sha256(m.group()).substring(0, 16) + "]");
    s = replace(BEARER, s, m -> m.group(1) + " " + MASK);
    s = replace(PIN_DIGITS, s, m -> m.group(1) + MASK);
    s = replace(SECRET_PAIR, s, m -> m.group(1) + MASK);
    return replace(OPAQUE, s, m -> looksOpaque(m.group()) ? MASK : m.group());
  }

  /** Mixed case and digits: a signature, key or token, not a path, hex hash or reference number. */
  private static boolean looksOpaque(String run) {
    int upper = 0;
    int lower = 0;
    int digit = 0;
    for (int i = 0; i < run.length(); i++) {
      char c = run.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        upper++;
      } else if (c >= 'a' && c <= 'z') {
        lower++;
      } else if (c >= '0' && c <= '9') {
        digit++;
      }
    }
    return upper >= 3 && lower >= 3 && digit >= 3;
  }

  private static String replace(Pattern p, String s, Function<Matcher, String> with) {
    Matcher m = p.matcher(s);
    if (!m.find()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    do {
      m.appendReplacement(sb, Matcher.quoteReplacement(with.apply(m)));
    } while (m.find());
    return m.appendTail(sb).toString();
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
