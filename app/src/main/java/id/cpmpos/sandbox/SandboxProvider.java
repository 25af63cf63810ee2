package id.cpmpos.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.cpmpos.snap.JsonMinifier;
import id.cpmpos.snap.PaymentRequest;
import id.cpmpos.snap.PaymentResponse;
import id.cpmpos.snap.Signatures;
import id.cpmpos.snap.SignedPath;
import id.cpmpos.snap.SnapJson;
import id.cpmpos.snap.SnapService;
import id.cpmpos.snap.SnapTimestamps;
import id.cpmpos.snap.TokenResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SNAP QR CPM provider on 127.0.0.1, for demo mode, cashier training and tests. It checks what a
 * real provider checks (token signature, transaction signature, external ids, mandatory fields) with
 * the same signature code as the client, so a client that drifts from the spec is refused here.
 */
public final class SandboxProvider implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SandboxProvider.class);
  private static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

  private final SandboxCredentials credentials;
  private final Clock clock;
  private final SandboxLedger ledger;
  private final ObjectMapper json = SnapJson.mapper();
  private HttpServer server;
  private ExecutorService executor;

  public SandboxProvider(SandboxCredentials credentials, Clock clock) {
    this.credentials = credentials;
    this.clock = clock;
    this.ledger = new SandboxLedger(clock, ZONE);
  }

  /** Listens on 127.0.0.1 only; port 0 picks a free port. */
  public SandboxProvider start(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
    executor = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "sandbox-http");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
    this.port = server.getAddress().getPort();
    log.info("sandbox provider listening on {}", baseUrl());
    return this;
  }

  private int port;

  public int port() {
    return port;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port();
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
      SnapService service = SnapService.fromPath(path);
      if (service == null || !"POST".equals(exchange.getRequestMethod())) {
        respondError(exchange, service == null ? "00" : service.code(), new SandboxError(404, "02", "Invalid Routing"));
        return;
      }
      try {
        Object answer = switch (service) {
          case ACCESS_TOKEN -> token(exchange);
          case PAYMENT -> payment(exchange, path, body);
          default -> throw new SandboxError(405, "00", "Requested Function Is Not Supported");
        };
        respond(exchange, 200, answer);
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
    if (!credentials.clientKey().equals(clientKey)) {
      throw new SandboxError(401, "00", "Unauthorized. Unknown Client");
    }
    String stringToSign = Signatures.tokenStringToSign(clientKey, timestamp);
    if (!Signatures.rsaVerify(credentials.partnerKeys().getPublic(), stringToSign, signature)) {
      throw new SandboxError(401, "00", "Unauthorized. Signature");
    }
    SandboxLedger.IssuedToken token = ledger.issueToken();
    return new TokenResponse("2007300", "Successful", token.value(), "Bearer",
        String.valueOf(token.lifetimeSeconds()), null);
  }

  private PaymentResponse payment(HttpExchange exchange, String path, byte[] body) throws SandboxError {
    verifyTransaction(exchange, path, body);
    PaymentRequest request = parse(body, PaymentRequest.class);
    require("partnerReferenceNo", request.partnerReferenceNo(), 64);
    require("qrContent", request.qrContent(), 512);
    require("merchantId", request.merchantId(), 64);
    require("expiryTime", request.expiryTime(), 25);
    if (!credentials.merchantId().equals(request.merchantId())) {
      throw new SandboxError(404, "08", "Invalid Merchant");
    }
    SandboxLedger.Payment paid = ledger.pay(request);
    return new PaymentResponse("2006000", "Successful", paid.referenceNo(), request.partnerReferenceNo(),
        paid.transactionDate(), null);
  }

  /** Token, symmetric signature and X-EXTERNAL-ID: the checks every transaction service shares. */
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
    String signature = header(exchange, "X-SIGNATURE");
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
    String externalId = header(exchange, "X-EXTERNAL-ID");
    if (!externalId.matches("\\d{1,36}")) {
      throw SandboxError.format("X-EXTERNAL-ID");
    }
    if (!ledger.useExternalId(externalId)) {
      throw new SandboxError(409, "00", "Conflict");
    }
  }

  private static String header(HttpExchange exchange, String name) throws SandboxError {
    String v = exchange.getRequestHeaders().getFirst(name);
    if (v == null || v.isBlank()) {
      throw SandboxError.mandatory(name);
    }
    return v;
  }

  private static void require(String field, String value, int maxLength) throws SandboxError {
    if (value == null || value.isBlank()) {
      throw SandboxError.mandatory(field);
    }
    if (value.length() > maxLength) {
      throw SandboxError.format(field);
    }
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
    byte[] bytes = json.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("X-TIMESTAMP", SnapTimestamps.now(clock, ZONE));
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
    log.debug("{} -> {}", exchange.getRequestURI().getPath(), status);
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
      server = null;
    }
  }
}
