package id.cpmpos.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.cpmpos.snap.Amount;
import id.cpmpos.snap.CancelRequest;
import id.cpmpos.snap.CancelResponse;
import id.cpmpos.snap.FieldViolation;
import id.cpmpos.snap.GenerateRequest;
import id.cpmpos.snap.GenerateResponse;
import id.cpmpos.snap.JsonMinifier;
import id.cpmpos.snap.PaymentRequest;
import id.cpmpos.snap.PaymentResponse;
import id.cpmpos.snap.QueryRequest;
import id.cpmpos.snap.QueryResponse;
import id.cpmpos.snap.RefundRequest;
import id.cpmpos.snap.RefundResponse;
import id.cpmpos.snap.Signatures;
import id.cpmpos.snap.SignedPath;
import id.cpmpos.snap.SnapJson;
import id.cpmpos.snap.SnapRequest;
import id.cpmpos.snap.SnapService;
import id.cpmpos.snap.SnapTimestamps;
import id.cpmpos.snap.TokenResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SNAP QR CPM provider on 127.0.0.1, for demo mode, cashier training and tests. It checks what a
 * real provider checks (token signature, transaction signature, token, external ids, mandatory
 * fields) with the same signature code as the client, keeps one-time QRs and payments in a
 * {@link SandboxLedger}, plays the {@link Scenario} bound to each QR, and sends signed notifies.
 */
public final class SandboxProvider implements AutoCloseable {
  static {
    // The JDK's HTTP server writes an answer's headers and body separately; with Nagle's algorithm on,
    // the peer's delayed ACK then holds every answer ~40 ms. Read once, when the first server is made.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private static final Logger log = LoggerFactory.getLogger(SandboxProvider.class);
  /** How many queries an {@code in-progress} payment stays pending when the wallet does not say. */
  static final int DEFAULT_PENDING_QUERIES = 2;

  private final SandboxCredentials credentials;
  private final Clock clock;
  private final SandboxOptions options;
  private final SandboxStore store;
  private final SandboxLedger ledger;
  private final ObjectMapper json = SnapJson.mapper();
  private final ScheduledExecutorService notifyScheduler;
  private NotifySender notifier;
  private HttpServer server;
  private ExecutorService executor;
  private int port;

  public SandboxProvider(SandboxCredentials credentials, Clock clock) {
    this(credentials, clock, SandboxOptions.defaults());
  }

  public SandboxProvider(SandboxCredentials credentials, Clock clock, SandboxOptions options) {
    this.credentials = credentials;
    this.clock = clock;
    this.options = options;
    this.store = options.stateFile() == null ? null : SandboxStore.open(options.stateFile());
    this.ledger = new SandboxLedger(clock, options.zone(), options.qrValidity(), store);
    this.notifyScheduler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "sandbox-notify"));
    if (options.notifyUrl() != null) {
      notifyTo(options.notifyUrl());
    }
    ledger.onFinalPayment(p -> {
      NotifySender n = notifier;
      if (n != null) {
        n.send(p);
      }
    });
  }

  /** Where to send notifies; demo mode learns the terminal's receiver address only after both start. */
  public void notifyTo(String url) {
    notifier = new NotifySender(HttpUrl.get(url), credentials, clock, options.zone(), options.notifyBackoff(),
        options.notifyAttempts(), notifyScheduler, ledger::nextNotifySequence);
  }

  /** Notifies the terminal answered with 2007900. */
  public int notifiesDelivered() {
    NotifySender n = notifier;
    return n == null ? 0 : n.delivered();
  }

  /** Notify attempts the terminal answered with anything but 2007900 (each is retried). */
  public int notifiesRefused() {
    NotifySender n = notifier;
    return n == null ? 0 : n.refused();
  }

  /**
   * Runs after a payment, cancel or refund is booked and before its answer is written: the moment a
   * crash test stops the terminal "after the request was written". No-op unless a test sets one.
   */
  public void beforeAnswering(java.util.function.Consumer<SnapService> hook) {
    this.beforeAnswering = hook;
  }

  private volatile java.util.function.Consumer<SnapService> beforeAnswering = service -> { };

  /**
   * Receives every access token the sandbox issues and every transaction signature it checks: the
   * values a test then looks for in the terminal's logs. No-op unless a test sets one.
   */
  public void secretsSeen(java.util.function.Consumer<String> sink) {
    this.secretsSeen = sink;
  }

  private volatile java.util.function.Consumer<String> secretsSeen = value -> { };

  private <T> T answered(SnapService service, T booked) {
    beforeAnswering.accept(service);
    return booked;
  }

  /**
   * An outage: stops listening (connections are refused) but keeps the books, so {@link #start}
   * on the same port brings the same provider back.
   */
  public synchronized void stopListening() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
      server = null;
    }
  }

  /** Listens on 127.0.0.1 only; port 0 picks a free port. */
  public SandboxProvider start(int requestedPort) throws IOException {
    return listen(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort), 50));
  }

  /**
   * Listens over TLS on 127.0.0.1 with the given server certificate (tests of the terminal's trust
   * store and pins: a provider behind a private CA).
   */
  public SandboxProvider startTls(int requestedPort, javax.net.ssl.SSLContext tls) throws IOException {
    var https = com.sun.net.httpserver.HttpsServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort), 50);
    https.setHttpsConfigurator(new com.sun.net.httpserver.HttpsConfigurator(tls));
    scheme = "https";
    return listen(https);
  }

  private String scheme = "http";

  private SandboxProvider listen(HttpServer created) {
    server = created;
    executor = Executors.newFixedThreadPool(8, r -> daemon(r, "sandbox-http"));
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
    port = server.getAddress().getPort();
    log.info("sandbox provider listening on {}", baseUrl());
    return this;
  }

  public int port() {
    return port;
  }

  public String baseUrl() {
    return scheme + "://127.0.0.1:" + port;
  }

  public SandboxCredentials credentials() {
    return credentials;
  }

  public SandboxLedger ledger() {
    return ledger;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String path = exchange.getRequestURI().getRawPath();
      options.traffic().accept(Traffic.request(exchange, body));
      SnapService service = SnapService.fromPath(path);
      if (service == null || service == SnapService.NOTIFY || !"POST".equals(exchange.getRequestMethod())) {
        respondError(exchange, "00", new SandboxError(404, "02", "Invalid Routing"));
        return;
      }
      try {
        if (service == SnapService.ACCESS_TOKEN) {
          respond(exchange, 200, token(exchange));
          return;
        }
        verifyTransaction(exchange, path, body);
        switch (service) {
          case GENERATE -> respond(exchange, 200, generate(body));
          case PAYMENT -> payment(exchange, body);
          case QUERY -> respond(exchange, 200, query(body));
          case CANCEL -> respond(exchange, 200, answered(service, cancel(body)));
          case REFUND -> respond(exchange, 200, answered(service, refund(body)));
          default -> throw new SandboxError(405, "00", "Requested Function Is Not Supported");
        }
      } catch (SandboxError e) {
        respondError(exchange, service.code(), e);
      }
    } catch (RuntimeException e) {
      log.error("sandbox failed on {}", exchange.getRequestURI(), e);
    }
  }

  private TokenResponse token(HttpExchange exchange) throws SandboxError {
    String timestamp = header(exchange, "X-TIMESTAMP");
    String clientKey = header(exchange, "X-CLIENT-KEY");
    String signature = header(exchange, "X-SIGNATURE");
    checkTimestamp(timestamp);
    if (!credentials.clientKey().equals(clientKey)) {
      throw new SandboxError(401, "00", "Unauthorized. Unknown Client");
    }
    if (!Signatures.rsaVerify(credentials.partnerKeys().getPublic(),
        Signatures.tokenStringToSign(clientKey, timestamp), signature)) {
      throw new SandboxError(401, "00", "Unauthorized. Signature");
    }
    SandboxLedger.IssuedToken token = ledger.issueToken();
    secretsSeen.accept(token.value());
    return new TokenResponse("2007300", "Successful", token.value(), "Bearer",
        String.valueOf(token.lifetimeSeconds()), null);
  }

  private GenerateResponse generate(byte[] body) throws SandboxError {
    GenerateRequest request = valid(parse(body, GenerateRequest.class));
    JsonNode info = request.additionalInfo();
    String scenarioId = info == null ? null : info.path("scenario").asText(null);
    Scenario scenario = Scenario.byId(scenarioId)
        .orElseThrow(() -> SandboxError.format("additionalInfo.scenario"));
    int pending = info == null ? DEFAULT_PENDING_QUERIES : info.path("pendingQueries").asInt(DEFAULT_PENDING_QUERIES);
    SandboxLedger.Issued issued = ledger.issueQr(scenario, Math.max(1, pending));
    String expiry = SnapTimestamps.format(OffsetDateTime.ofInstant(issued.qr().expiresAt(), options.zone()));
    return new GenerateResponse("2005900", "Successful", issued.qr().referenceNo(), request.partnerReferenceNo(),
        issued.content(), null, expiry, info);
  }

  private void payment(HttpExchange exchange, byte[] body) throws SandboxError, IOException {
    PaymentRequest request = valid(parse(body, PaymentRequest.class));
    if (request.amount() == null) {
      // Optional in the spec's table, but a provider cannot charge without it.
      throw SandboxError.mandatory("amount.value");
    }
    if (!credentials.merchantId().equals(request.merchantId())) {
      throw new SandboxError(404, "08", "Invalid Merchant");
    }
    SandboxLedger.Booking booking = answered(SnapService.PAYMENT, ledger.pay(request));
    Scenario scenario = booking.scenario();
    SandboxLedger.Payment paid = booking.payment();
    PaymentResponse success = paid == null ? null : new PaymentResponse("2006000", "Successful",
        paid.referenceNo(), request.partnerReferenceNo(), paid.transactionDate(), null);
    switch (scenario.kind()) {
      case APPROVE -> respond(exchange, 200, success);
      case DECLINE, ERROR, ERROR_BOOKED ->
          throw new SandboxError(scenario.httpStatus, scenario.caseCode, scenario.message);
      case IN_PROGRESS -> respond(exchange, 202, new PaymentResponse("2026000", "Request In Progress",
          paid.referenceNo(), request.partnerReferenceNo(), paid.transactionDate(), null));
      case SLOW -> {
        pause(options.slowDelay().toMillis());
        respond(exchange, 200, success);
      }
      case DROP -> drop(exchange);
      case MALFORMED -> respondRaw(exchange, 200, "{\"responseCode\":\"2006000\",\"responseMess");
      case EMPTY -> respondRaw(exchange, 200, "");
      default -> throw new IllegalStateException("unhandled scenario " + scenario);
    }
  }

  private QueryResponse query(byte[] body) throws SandboxError {
    QueryRequest request = valid(parse(body, QueryRequest.class));
    Optional<SandboxLedger.Payment> found = ledger.query(request.originalPartnerReferenceNo(),
        request.originalReferenceNo());
    if (found.isEmpty()) {
      return new QueryResponse("2006100", "Successful", null, request.originalPartnerReferenceNo(),
          request.originalExternalId(), null, SandboxLedger.NOT_FOUND, "Not found", null, null);
    }
    SandboxLedger.Payment p = found.get();
    return new QueryResponse("2006100", "Successful", p.referenceNo(), p.partnerReferenceNo(),
        request.originalExternalId(), null, p.status(), describe(p.status()), p.paidTime(), null);
  }

  private CancelResponse cancel(byte[] body) throws SandboxError {
    CancelRequest request = valid(parse(body, CancelRequest.class));
    SandboxLedger.Payment p = ledger.cancel(request.originalPartnerReferenceNo(), request.originalReferenceNo());
    return new CancelResponse("2006200", "Successful", p.partnerReferenceNo(), p.referenceNo(),
        request.originalExternalId(), p.cancelTime(), p.transactionDate(), null);
  }

  private RefundResponse refund(byte[] body) throws SandboxError {
    RefundRequest request = valid(parse(body, RefundRequest.class));
    if (request.refundAmount() == null) {
      throw SandboxError.mandatory("refundAmount.value");
    }
    if (!credentials.merchantId().equals(request.merchantId())) {
      throw new SandboxError(404, "08", "Invalid Merchant");
    }
    SandboxLedger.Refund r = ledger.refund(request);
    return new RefundResponse("2008000", "Successful", r.originalPartnerReferenceNo(),
        ledger.payment(r.originalPartnerReferenceNo()).map(SandboxLedger.Payment::referenceNo).orElse(null),
        request.originalExternalId(), r.refundNo(), r.partnerRefundNo(), new Amount(r.amount(), r.currency()),
        r.refundTime(), null);
  }

  /** Token, symmetric signature, partner and X-EXTERNAL-ID: the checks every transaction service shares. */
  private void verifyTransaction(HttpExchange exchange, String path, byte[] body) throws SandboxError {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      throw new SandboxError(401, "03", "Token Not Found (B2B)");
    }
    String token = authorization.substring("Bearer ".length()).trim();
    if (!ledger.isValidToken(token)) {
      throw new SandboxError(401, "01", "Invalid Token (B2B)");
    }
    String timestamp = header(exchange, "X-TIMESTAMP");
    checkTimestamp(timestamp);
    String signature = header(exchange, "X-SIGNATURE");
    secretsSeen.accept(signature);
    String minified = JsonMinifier.minify(new String(body, StandardCharsets.UTF_8));
    String stringToSign = Signatures.symmetricStringToSign("POST",
        SignedPath.of(path, exchange.getRequestURI().getRawQuery()), token,
        minified.getBytes(StandardCharsets.UTF_8), timestamp);
    if (!Signatures.sameSignature(Signatures.hmacSha512(credentials.clientSecret(), stringToSign), signature)) {
      throw new SandboxError(401, "00", "Unauthorized. Signature");
    }
    if (!credentials.partnerId().equals(header(exchange, "X-PARTNER-ID"))) {
      throw new SandboxError(401, "00", "Unauthorized. Unknown Partner");
    }
    String channel = header(exchange, "CHANNEL-ID");
    if (!channel.matches("\\d{5}")) {
      throw SandboxError.format("CHANNEL-ID");
    }
    String externalId = header(exchange, "X-EXTERNAL-ID");
    if (!externalId.matches("\\d{1,36}")) {
      throw SandboxError.format("X-EXTERNAL-ID");
    }
    if (!ledger.useExternalId(externalId)) {
      throw new SandboxError(409, "00", "Conflict");
    }
  }

  private static void checkTimestamp(String timestamp) throws SandboxError {
    try {
      OffsetDateTime.parse(timestamp);
    } catch (RuntimeException e) {
      throw SandboxError.format("X-TIMESTAMP");
    }
  }

  private static String header(HttpExchange exchange, String name) throws SandboxError {
    String v = exchange.getRequestHeaders().getFirst(name);
    if (v == null || v.isBlank()) {
      throw SandboxError.mandatory(name);
    }
    return v;
  }





  private static String describe(String status) {
    return switch (status) {
      case SandboxLedger.PAID -> "success";
      case SandboxLedger.PENDING -> "pending";
      case SandboxLedger.REFUNDED -> "refunded";
      case SandboxLedger.CANCELLED -> "canceled";
      case SandboxLedger.FAILED -> "failed";
      default -> "not found";
    };
  }

  /** The spec's table for this request, checked by the same code the terminal checks before sending. */
  private static <T extends SnapRequest> T valid(T request) throws SandboxError {
    Optional<FieldViolation> violation = request.violation();
    if (violation.isPresent()) {
      FieldViolation v = violation.get();
      throw new SandboxError(400, v.caseCode(), v.message());
    }
    return request;
  }

  private <T> T parse(byte[] body, Class<T> type) throws SandboxError {
    try {
      return json.readValue(body, type);
    } catch (IOException e) {
      throw new SandboxError(400, "00", "Bad Request");
    }
  }

  private void respondError(HttpExchange exchange, String serviceCode, SandboxError e) throws IOException {
    ObjectNode body = json.createObjectNode()
        .put("responseCode", e.httpStatus + serviceCode + e.caseCode)
        .put("responseMessage", e.getMessage());
    respond(exchange, e.httpStatus, body);
  }

  private void respond(HttpExchange exchange, int status, Object body) throws IOException {
    respondRaw(exchange, status, json.writeValueAsString(body));
  }

  private void respondRaw(HttpExchange exchange, int status, String text) throws IOException {
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
  private void drop(HttpExchange exchange) {
    options.traffic().accept("<- " + exchange.getRequestURI().getPath() + " (connection dropped, no answer)");
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis); // the scenario itself: an answer that arrives too late
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
      server = null;
    }
    notifyScheduler.shutdownNow();
    if (store != null) {
      store.close();
    }
  }
}
