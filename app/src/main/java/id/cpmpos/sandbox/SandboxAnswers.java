package id.cpmpos.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import id.cpmpos.snap.SnapJson;
import id.cpmpos.snap.SnapTimestamps;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** Writes the sandbox's answers: JSON bodies with the provider's headers, errors, and no answer at all. */
final class SandboxAnswers {
  private final ObjectMapper json = SnapJson.mapper();
  private final Clock clock;
  private final SandboxOptions options;

  SandboxAnswers(Clock clock, SandboxOptions options) {
    this.clock = clock;
    this.options = options;
  }

  void error(HttpExchange exchange, String serviceCode, SandboxError e) throws IOException {
    ObjectNode body = json.createObjectNode()
        .put("responseCode", e.httpStatus + serviceCode + e.caseCode)
        .put("responseMessage", e.getMessage());
    json(exchange, e.httpStatus, body);
  }

  void json(HttpExchange exchange, int status, Object body) throws IOException {
    raw(exchange, status, json.writeValueAsString(body));
  }

  void raw(HttpExchange exchange, int status, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("X-TIMESTAMP", SnapTimestamps.now(clock, options.zone()));
    options.traffic().accept(Traffic.response(exchange, status, text));
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /**
   * Answers nothing: the request was read and the payment booked. Closing an exchange whose
   * headers were never sent makes the JDK server close the connection, so the client sees EOF.
   */
  void drop(HttpExchange exchange) {
    options.traffic()
        .accept("<- " + exchange.getRequestURI().getPath() + " (connection dropped, no answer)");
  }

  /** A request body as {@code type}; anything unreadable is the spec's 400xx00. */
  <T> T parse(byte[] body, Class<T> type) throws SandboxError {
    try {
      return json.readValue(body, type);
    } catch (IOException e) {
      throw new SandboxError(400, "00", "Bad Request");
    }
  }
}
