package id.cpmpos.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.cpmpos.snap.FieldViolation;
import id.cpmpos.snap.NotifyRequest;
import id.cpmpos.snap.NotifySignatureVerifier;
import id.cpmpos.snap.SignedPath;
import id.cpmpos.snap.SnapService;
import id.cpmpos.snap.SnapJson;
import id.cpmpos.snap.SnapTimestamps;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal's qr-cpm-notify (service 79) endpoint. Checks, in this order, so that a refused
 * notify changes nothing: the provider's asymmetric signature ({@code 4017900}), a reused
 * X-EXTERNAL-ID of the same day ({@code 4097900}), the body ({@code 400790x}); then applies it.
 */
public final class NotifyReceiver implements AutoCloseable {
  static {
    // The JDK's HTTP server writes an answer's headers and body separately; with Nagle's algorithm on,
    // the peer's delayed ACK then holds every answer ~40 ms. Read once, when the first server is made.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  public static final String DEFAULT_PATH = "/v1.0/qr/qr-cpm-notify";
  private static final Logger log = LoggerFactory.getLogger(NotifyReceiver.class);

  private final NotifySignatureVerifier verifier;
  private final NotifyApplier applier;
  private final Clock clock;
  private final ZoneId zone;
  private final ObjectMapper json = SnapJson.mapper();
  private final ReplayGuard replays;
  private HttpServer server;
  private ExecutorService executor;
  private String url;

  public NotifyReceiver(NotifySignatureVerifier verifier, NotifyApplier applier, ReplayGuard replays, Clock clock,
      ZoneId zone) {
    this.replays = replays;
    this.verifier = verifier;
    this.applier = applier;
    this.clock = clock;
    this.zone = zone;
  }

  /** Binds to {@code bindAddress} (127.0.0.1 unless configured otherwise); port 0 picks a free one. */
  public NotifyReceiver start(String bindAddress, int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(bindAddress), port), 20);
    executor = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "notify-receiver");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext(DEFAULT_PATH, this::handle);
    server.start();
    InetSocketAddress bound = server.getAddress();
    url = "http://" + bound.getAddress().getHostAddress() + ":" + bound.getPort() + DEFAULT_PATH;
    log.info("notify receiver listening on {}", url);
    return this;
  }

  public String url() {
    return url;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      Answer answer = answer(exchange, body);
      ObjectNode out = json.createObjectNode().put("responseCode", answer.code()).put("responseMessage", answer.message());
      byte[] bytes = json.writeValueAsBytes(out);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.getResponseHeaders().set("X-TIMESTAMP", SnapTimestamps.now(clock, zone));
      exchange.sendResponseHeaders(Integer.parseInt(answer.code().substring(0, 3)), bytes.length);
      try (OutputStream o = exchange.getResponseBody()) {
        o.write(bytes);
      }
    } catch (RuntimeException e) {
      log.error("notify receiver failed", e);
    }
  }

  private record Answer(String code, String message) {}

  private Answer answer(HttpExchange exchange, byte[] body) {
    if (!"POST".equals(exchange.getRequestMethod())) {
      return new Answer("4057900", "Requested Function Is Not Supported");
    }
    String path = SignedPath.of(exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery());
    if (!verifier.verify(path, body, exchange.getRequestHeaders()::getFirst)) {
      log.warn("notify refused: bad or missing signature");
      return new Answer("4017900", "Unauthorized. Signature");
    }
    String externalId = exchange.getRequestHeaders().getFirst("X-EXTERNAL-ID");
    if (externalId == null || externalId.isBlank()) {
      return new Answer("4007902", "Invalid Mandatory Field X-EXTERNAL-ID");
    }
    LocalDate day = LocalDate.ofInstant(clock.instant(), zone);
    if (replays.used(day, externalId)) {
      log.warn("notify refused: X-EXTERNAL-ID {} already used today", externalId);
      return new Answer("4097900", "Conflict");
    }
    NotifyRequest notify;
    try {
      notify = json.readValue(body, NotifyRequest.class);
    } catch (IOException e) {
      return new Answer("4007900", "Bad Request");
    }
    Optional<FieldViolation> invalid = notify.violation();
    if (invalid.isPresent()) {
      return new Answer(invalid.get().responseCode(SnapService.NOTIFY).toString(), invalid.get().message());
    }
    if (!replays.claim(day, externalId)) {
      return new Answer("4097900", "Conflict");
    }
    NotifyApplier.Result result = applier.apply(notify);
    log.info("notify for {} status {}: {}", notify.originalPartnerReferenceNo(), notify.latestTransactionStatus(), result);
    return result == NotifyApplier.Result.UNKNOWN_TRANSACTION
        ? new Answer("4047901", "Transaction Not Found")
        : new Answer("2007900", "Successful");
  }


  @Override
  public void close() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
      server = null;
    }
  }
}
