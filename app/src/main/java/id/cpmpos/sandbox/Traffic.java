package id.cpmpos.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line per request and response for the sandbox's traffic log, so a developer can compare it
 * with a real bank's. Tokens are shortened, and QR content is replaced by its hash.
 */
final class Traffic {
  private static final Pattern QR = Pattern.compile("(\"qrContent\"\\s*:\\s*\")([^\"]*)(\")");

  private Traffic() {}

  static String request(HttpExchange exchange, byte[] body) {
    StringBuilder sb = new StringBuilder("-> ").append(exchange.getRequestMethod()).append(' ')
        .append(exchange.getRequestURI());
    for (Map.Entry<String, java.util.List<String>> h : exchange.getRequestHeaders().entrySet()) {
      String value = String.join(",", h.getValue());
      if (h.getKey().equalsIgnoreCase("Authorization") || h.getKey().equalsIgnoreCase("Authorization-Customer")) {
        value = value.length() > 14 ? value.substring(0, 14) + "…" : value;
      }
      sb.append(" | ").append(h.getKey()).append(": ").append(value);
    }
    return sb.append(" | ").append(maskQr(new String(body, StandardCharsets.UTF_8))).toString();
  }

  static String response(HttpExchange exchange, int status, String body) {
    return "<- " + status + " " + exchange.getRequestURI().getPath() + " | " + maskQr(body);
  }

  static String maskQr(String json) {
    Matcher m = QR.matcher(json);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(
          m.group(1) + "sha256:" + SandboxLedger.hash(m.group(2)).substring(0, 16) + m.group(3)));
    }
    return m.appendTail(sb).toString();
  }
}
