package id.cpmpos.snap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rule that protects money, one misbehaving loopback provider per case: a failure before the
 * request was written is NOT_SENT; anything after it is UNKNOWN (or an answer the catalogue calls
 * unknown), and only a query can tell what happened.
 */
// An integration test: real sockets on loopback, and two cases wait for the client's real read timeout.
class TransportOutcomesIT {
  // Short enough for the two "never answers" cases, long enough for a loaded CI machine to answer
  // the token request in every other case (300 ms was not: a flake seen at load average 10).
  static final Duration SHORT_READ_TIMEOUT = Duration.ofSeconds(3);
  LoopbackServer server;
  final Clock clock = Clock.fixed(TestClients.SAMPLE_INSTANT, TestClients.JAKARTA);

  @BeforeEach
  void start() throws Exception {
    server = new LoopbackServer();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  SnapClient client(String baseUrl, SignatureScheme scheme, OkHttpClient http) {
    return new SnapClient(
        TestClients.settings(baseUrl, TestClients.JAKARTA, SHORT_READ_TIMEOUT, scheme), http,
        TestClients.sequence(), clock);
  }

  SnapClient client() {
    return client(server.baseUrl(), SignatureScheme.SYMMETRIC, new OkHttpClient());
  }

  CallOutcome<PaymentResponse> payWhileTheProvider(LoopbackServer.Handler misbehaviour) {
    server.transaction = misbehaviour;
    return client().payment(TestClients.payment());
  }

  void assertUnknownAfterTheProviderReadIt(CallOutcome<PaymentResponse> outcome) {
    assertInstanceOf(CallOutcome.Unknown.class, outcome, String.valueOf(outcome));
    assertEquals(1, server.count(false),
        "the payment was read once, and never sent again by the client");
  }

  ResponseCatalogue.Outcome catalogued(CallOutcome<PaymentResponse> outcome) {
    assertInstanceOf(CallOutcome.Answered.class, outcome, String.valueOf(outcome));
    return ResponseCatalogue.standard()
        .lookup(((CallOutcome.Answered<PaymentResponse>) outcome).code()).outcome();
  }

  // --- before the request was written: NOT_SENT ---

  @Test
  void dnsFailureIsNotSent() {
    Dns failing = host -> {
      throw new UnknownHostException(host + ": no such host (test)");
    };
    CallOutcome<PaymentResponse> outcome = client("http://snap.provider.test:" + server.port(),
        SignatureScheme.SYMMETRIC, new OkHttpClient.Builder().dns(failing).build())
        .payment(TestClients.payment());

    assertInstanceOf(CallOutcome.NotSent.class, outcome);
    assertEquals(List.of(), server.received());
  }

  @Test
  void dnsFailureOnThePaymentItselfIsNotSent() {
    AtomicInteger lookups = new AtomicInteger();
    Dns onceThenFailing = host -> {
      if (lookups.incrementAndGet() == 1) {
        return List.of(InetAddress.getLoopbackAddress()); // the token request gets through
      }
      throw new UnknownHostException(host + ": no such host (test)");
    };
    // The server closes every connection, so the payment needs a new one, and a new lookup.
    CallOutcome<PaymentResponse> outcome = client("http://snap.provider.test:" + server.port(),
        SignatureScheme.SYMMETRIC, new OkHttpClient.Builder().dns(onceThenFailing).build())
        .payment(TestClients.payment());

    assertInstanceOf(CallOutcome.NotSent.class, outcome);
    assertEquals(1, server.count(true));
    assertEquals(0, server.count(false));
  }

  @Test
  void refusedConnectionIsNotSent() throws Exception {
    // A port we hold bound but never listen on: refused, and no other process on this machine can
    // take it meanwhile (a closed port could be re-bound by someone else's test server).
    try (Socket bound = new Socket()) {
      bound.setReuseAddress(false);
      bound.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      // The asymmetric scheme needs no token, so it is the payment's own connection that is refused.
      CallOutcome<PaymentResponse> outcome = client("http://127.0.0.1:" + bound.getLocalPort(),
          SignatureScheme.ASYMMETRIC, new OkHttpClient()).payment(TestClients.payment());

      assertInstanceOf(CallOutcome.NotSent.class, outcome, String.valueOf(outcome));
      assertTrue(
          ((CallOutcome.NotSent<PaymentResponse>) outcome).reason().contains("ConnectException"));
    }
  }

  @Test
  void tlsHandshakeFailureIsNotSent() {
    // https to a plain-HTTP server; the asymmetric scheme needs no token, so the payment's own handshake fails.
    CallOutcome<PaymentResponse> outcome = client("https://127.0.0.1:" + server.port(),
        SignatureScheme.ASYMMETRIC,
        new OkHttpClient()).payment(TestClients.payment());

    assertInstanceOf(CallOutcome.NotSent.class, outcome, String.valueOf(outcome));
    assertEquals(List.of(), server.received(), "no HTTP request reached the server");
  }

  @Test
  void tokenTimeoutLeavesThePaymentNotSent() {
    server.token = (r, s) -> server.holdUntilClosed();

    CallOutcome<PaymentResponse> outcome = client().payment(TestClients.payment());

    assertInstanceOf(CallOutcome.NotSent.class, outcome, "the payment itself never left");
    assertEquals(0, server.count(false));
  }

  // --- after the request was written: UNKNOWN ---

  @Test
  void readTimeoutAfterRequestWrittenIsUnknown() {
    assertUnknownAfterTheProviderReadIt(payWhileTheProvider((r, s) -> server.holdUntilClosed()));
  }

  @Test
  void connectionResetAfterRequestReadIsUnknown() {
    assertUnknownAfterTheProviderReadIt(payWhileTheProvider((r, s) -> LoopbackServer.reset(s)));
  }

  @Test
  void connectionClosedWithoutAnAnswerIsUnknown() {
    assertUnknownAfterTheProviderReadIt(payWhileTheProvider((r, s) -> s.close()));
  }

  @Test
  void connectionDroppedHalfwayThroughTheAnswerIsUnknown() {
    assertUnknownAfterTheProviderReadIt(payWhileTheProvider((r, s) -> {
      s.getOutputStream()
          .write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n"
              + "{\"responseCode\":\"2006000\"").getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      LoopbackServer.reset(s);
    }));
  }

  @Test
  void serverErrorIsAnAnswerWhoseOutcomeIsUnknown() {
    CallOutcome<PaymentResponse> outcome = payWhileTheProvider((r, s) -> LoopbackServer.json(s, 500,
        "{\"responseCode\":\"5006001\",\"responseMessage\":\"Internal Server Error\"}"));
    assertEquals(ResponseCatalogue.Outcome.UNKNOWN, catalogued(outcome));
  }

  @Test
  void gatewayTimeoutIsAnAnswerWhoseOutcomeIsUnknown() {
    CallOutcome<PaymentResponse> outcome = payWhileTheProvider((r, s) -> LoopbackServer.json(s, 504,
        "{\"responseCode\":\"5046000\",\"responseMessage\":\"Timeout\"}"));
    assertEquals(ResponseCatalogue.Outcome.UNKNOWN, catalogued(outcome));
  }

  @Test
  void badGatewayWithAnHtmlPageIsUnknown() {
    assertUnknownAfterTheProviderReadIt(
        payWhileTheProvider((r, s) -> LoopbackServer.raw(s, 502, "text/html",
            "<html><body>502 Bad Gateway</body></html>".getBytes(StandardCharsets.US_ASCII))));
  }

  @Test
  void inProgressIsAnAnswerWhoseOutcomeIsUnknown() {
    CallOutcome<PaymentResponse> outcome = payWhileTheProvider((r, s) -> LoopbackServer.json(s, 202,
        "{\"responseCode\":\"2026000\",\"responseMessage\":\"Request In Progress\"}"));
    assertEquals(ResponseCatalogue.Outcome.UNKNOWN, catalogued(outcome));
  }

  @Test
  void malformedJsonIsUnknown() {
    assertUnknownAfterTheProviderReadIt(payWhileTheProvider((r, s) -> LoopbackServer.json(s, 200,
        "{\"responseCode\":\"2006000\",\"responseMessage\":")));
  }

  @Test
  void emptyBodyIsUnknown() {
    assertUnknownAfterTheProviderReadIt(
        payWhileTheProvider((r, s) -> LoopbackServer.json(s, 200, "")));
  }

  @Test
  void bodyOfAnotherTypeIsUnknown() {
    assertUnknownAfterTheProviderReadIt(payWhileTheProvider((r, s) -> LoopbackServer.json(s, 200,
        "[\"2006000\"]")));
  }

  @Test
  void responseCodeOfTheWrongShapeIsUnknown() {
    assertUnknownAfterTheProviderReadIt(payWhileTheProvider((r, s) -> LoopbackServer.json(s, 200,
        "{\"responseCode\":{\"value\":\"2006000\"},\"responseMessage\":\"ok\"}")));
  }

  @Test
  void bodyWithoutAResponseCodeIsUnknown() {
    assertUnknownAfterTheProviderReadIt(payWhileTheProvider((r, s) -> LoopbackServer.json(s, 200,
        "{\"responseMessage\":\"Successful\",\"referenceNo\":\"R1\"}")));
  }

  @Test
  void successCodeUnderAnErrorStatusIsUnknown() {
    assertUnknownAfterTheProviderReadIt(payWhileTheProvider((r, s) -> LoopbackServer.json(s, 500,
        "{\"responseCode\":\"2006000\",\"responseMessage\":\"Successful\"}")));
  }

  @Test
  void refusalCodeUnderASuccessStatusIsUnknown() {
    assertUnknownAfterTheProviderReadIt(payWhileTheProvider((r, s) -> LoopbackServer.json(s, 200,
        "{\"responseCode\":\"4036014\",\"responseMessage\":\"Insufficient Funds\"}")));
  }

  // --- a proper answer stays an answer ---

  @Test
  void wellFormedRefusalIsAFinalAnswer() {
    CallOutcome<PaymentResponse> outcome = payWhileTheProvider((r, s) -> LoopbackServer.json(s, 403,
        "{\"responseCode\":\"4036014\",\"responseMessage\":\"Insufficient Funds\"}"));
    assertEquals(ResponseCatalogue.Outcome.FAILURE, catalogued(outcome));
  }

  @Test
  void timeoutsAreConfigurationWithSaneDefaults() {
    SnapSettings defaults = TestClients.settings(server.baseUrl(), TestClients.JAKARTA, null, null);
    assertEquals(SnapSettings.DEFAULT_CONNECT_TIMEOUT,
        new SnapSettings(defaults.baseUrl(), "v1.0", "p", "k", "s",
            null, "95221", "o", "d", "ip", null, null, TestClients.JAKARTA, null, null, null)
            .connectTimeout());
    assertEquals(SnapSettings.DEFAULT_READ_TIMEOUT, defaults.readTimeout());
    assertEquals(SignatureScheme.SYMMETRIC, defaults.signatureScheme());
    assertTrue(defaults.toString().contains("clientSecret=***"));
    assertTrue(!defaults.toString().contains(TestClients.SECRET));
  }
}
