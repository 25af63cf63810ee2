package id.cpmpos.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line per request and response for the sandbox's traffic log, so a developer can compare it
 * with a real bank's. Nothing in it could be replayed: every token and signature, in a header or a
 * JSON field, is cut to its first characters and length, and QR content is replaced by its hash.
 */
final class Traffic {
  /** A JSON string field: name, then value (escaped quotes included). */
  private static final Pattern FIELD = Pattern
      .compile("(\"([A-Za-z]+)\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")");
  private static final int KEPT = 6;

  private Traffic() {}

  static String request(HttpExchange exchange, byte[] body) {
    StringBuilder sb = new StringBuilder("-> ").append(exchange.getRequestMethod()).append(' ')
        .append(exchange.getRequestURI());
    for (Map.Entry<String, List<String>> h : exchange.getRequestHeaders().entrySet()) {
      String value = String.join(",", h.getValue());
      sb.append(" | ").append(h.getKey()).append(": ")
          .append(isSecret(h.getKey()) ? shortened(value) : value);
    }
    return sb.append(" | ").append(mask(new String(body, StandardCharsets.UTF_8))).toString();
  }

  static String response(HttpExchange exchange, int status, String body) {
    return "<- " + status + " " + exchange.getRequestURI().getPath() + " | " + mask(body);
  }

  /** The body with secret fields shortened and QR content hashed. */
  static String mask(String json) {
    Matcher m = FIELD.matcher(json);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String name = m.group(2);
      String value = m.group(3);
      String shown = "qrContent".equalsIgnoreCase(name)
          ? "sha256:" + SandboxLedger.hash(value).substring(0, 16)
          : isSecret(name) ? shortened(value) : value;
      m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + shown + m.group(4)));
    }
    return m.appendTail(sb).toString();
  }

  /** Headers and fields that carry a bearer credential or a signature, by name. */
  static boolean isSecret(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.startsWith("authorization") || n.contains("token") || n.contains("signature")
        || n.contains("secret");
  }

  /** Enough to tell two apart in a log, never enough to use: {@code Bearer…(len 43)}. */
  static String shortened(String value) {
    return value.length() <= KEPT
        ? "…"
        : value.substring(0, KEPT) + "…(len " + value.length() + ")";
  }
}
