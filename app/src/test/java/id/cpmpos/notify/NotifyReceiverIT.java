package id.cpmpos.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.cpmpos.boot.TerminalContext;
import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.sandbox.Scenario;
import id.cpmpos.snap.JsonMinifier;
import id.cpmpos.snap.NotifyRequest;
import id.cpmpos.snap.NotifySignatureVerifier;
import id.cpmpos.snap.Pem;
import id.cpmpos.snap.Signatures;
import id.cpmpos.snap.SnapJson;
import id.cpmpos.snap.SnapService;
import id.cpmpos.snap.SnapTimestamps;
import id.cpmpos.terminal.PaymentOutcome;
import id.cpmpos.testing.Await;
import id.cpmpos.testing.MutableClock;
import id.cpmpos.testing.SandboxFixture;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal's notify endpoint on loopback: what it accepts, what it refuses, and what it changes. */
class NotifyReceiverIT {
  @TempDir Path dir;
  SandboxFixture fixture;
  TerminalContext terminal;
  NotifyReceiver receiver;
  final OkHttpClient http = new OkHttpClient();
  long externalId = 1;

  /** The receiver's clock: the window around X-TIMESTAMP is measured on it. */
  final MutableClock clock = new MutableClock(Instant.now());
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  @BeforeEach
  void start() throws Exception {
    fixture = new SandboxFixture(dir);
    terminal = TerminalContext.open(fixture.config, Clock.systemUTC());
    receiver = receiver(policy());
  }

  private NotifyPolicy policy() {
    return NotifyPolicy.of(terminal.config().partner().id(),
        terminal.config().partner().channelId(),
        Duration.ofMinutes(5));
  }

  private NotifyReceiver receiver(NotifyPolicy policy) throws Exception {
    return new NotifyReceiver(
        NotifySignatureVerifier.asymmetric(Pem.readPublicKey(dir.resolve("provider-public.pem"))),
        new JournalNotifyApplier(terminal.journal()), ReplayGuard.inJournal(terminal.journal()),
        policy, clock, JAKARTA)
        .start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    receiver.close();
    terminal.close();
    fixture.close();
  }

  @Test
  void theSandboxNotifiesAPaymentWhoseAnswerWasLostAndTheJournalSettlesIt() throws Exception {
    fixture.sandbox.notifyTo(receiver.url());
    PaymentOutcome outcome = terminal.payments().pay("12000", fixture.customerQr(Scenario.DROP),
        null);
    assertInstanceOf(PaymentOutcome.Pending.class, outcome);
    String ref = outcome.record().partnerReferenceNo();

    Await.until(Duration.ofSeconds(10), () -> row(ref).state() == PaymentState.APPROVED,
        "notify applied");
    Await.until(Duration.ofSeconds(10), () -> fixture.sandbox.notifiesDelivered() == 1,
        "notify acknowledged");
  }

  @Test
  void aNotifySignedWithAnotherKeyIsRefusedAndChangesNothing() throws Exception {
    String ref = unknownPayment();
    PrivateKey stranger = Pem.newRsaKeyPair().getPrivate();

    JsonNode answer = post(stranger, body(ref, "00"), next());

    assertEquals("4017900", answer.get("responseCode").asText());
    assertEquals(PaymentState.UNKNOWN, row(ref).state());
  }

  @Test
  void aReplayedExternalIdIsAConflictAndChangesNothing() throws Exception {
    String ref = unknownPayment();
    String id = next();
    assertEquals("4007902", post(provider(), "{\"originalPartnerReferenceNo\":\"" + ref + "\"}", id)
        .get("responseCode").asText(), "an invalid notify does not use up its external id");
    assertEquals("2007900", post(provider(), body(ref, "06"), id).get("responseCode").asText());
    assertEquals(PaymentState.DECLINED, row(ref).state());

    JsonNode replay = post(provider(), body(ref, "00"), id);

    assertEquals("4097900", replay.get("responseCode").asText());
    assertEquals(PaymentState.DECLINED, row(ref).state());
  }

  @Test
  void aReplayIsRefusedEvenByAReceiverStartedAfterwards() throws Exception {
    String ref = unknownPayment();
    String externalId = next();
    assertEquals("2007900",
        post(provider(), body(ref, "06"), externalId).get("responseCode").asText());
    receiver.close();
    receiver = receiver(policy());

    assertEquals("4097900",
        post(provider(), body(ref, "00"), externalId).get("responseCode").asText());
    assertEquals(PaymentState.DECLINED, row(ref).state());
  }

  @Test
  void aCancelledOrRefundedNotifyMovesAPaidPaymentButNothingMovesItBack() throws Exception {
    String ref = unknownPayment();
    assertEquals("2007900", post(provider(), body(ref, "00"), next()).get("responseCode").asText());
    assertEquals("2007900", post(provider(), body(ref, "05"), next()).get("responseCode").asText());
    assertEquals(PaymentState.CANCELLED, row(ref).state());
    assertEquals("2007900", post(provider(), body(ref, "00"), next()).get("responseCode").asText());
    assertEquals(PaymentState.CANCELLED, row(ref).state());
  }

  @Test
  void aNotifyThatOvertakesTheAnswerLeavesTheAnswersCodeForTheCashier() throws Exception {
    JournalNotifyApplier applier = new JournalNotifyApplier(terminal.journal());
    String[] status = {"06"};
    fixture.sandbox.beforeAnswering(service -> {
      if (service == SnapService.PAYMENT) { // the provider notifies before it answers
        String ref = terminal.journal().payments().recent(1).get(0).partnerReferenceNo();
        applier.apply(new NotifyRequest(ref, null, null, null, null, null, status[0], "notified",
            null, null, null, null, null, null, null));
      }
    });

    PaymentOutcome declined = terminal.payments().pay("5000",
        fixture.customerQr(Scenario.INSUFFICIENT_FUNDS), null);
    assertInstanceOf(PaymentOutcome.Declined.class, declined);
    assertEquals("4036014", declined.record().responseCode(),
        "the decline's reason, not the notify's receipt");
    assertEquals(PaymentState.DECLINED, declined.record().state());

    status[0] = "00";
    PaymentOutcome approved = terminal.payments().pay("5000", fixture.customerQr(), null);
    assertInstanceOf(PaymentOutcome.Approved.class, approved);
    assertEquals("2006000", approved.record().responseCode());
    assertTrue(approved.record().referenceNo().startsWith("SBX"));
    assertTrue(terminal.journal().verify().intact());
  }

  @Test
  void invalidBodiesAreRefusedWithTheSpecsCases() throws Exception {
    String ref = unknownPayment();
    assertEquals("4007902", post(provider(), "{\"latestTransactionStatus\":\"00\"}", next())
        .get("responseCode").asText());
    assertEquals("4007901", post(provider(), body(ref, "99"), next()).get("responseCode").asText());
    assertEquals("4007900", post(provider(), "{not-json", next()).get("responseCode").asText());
    assertEquals(PaymentState.UNKNOWN, row(ref).state());
  }

  @Test
  void anOlderNotifyNeverOverwritesAFinalState() throws Exception {
    String ref = unknownPayment();
    assertEquals("2007900", post(provider(), body(ref, "00"), next()).get("responseCode").asText());
    assertEquals("2007900", post(provider(), body(ref, "06"), next()).get("responseCode").asText());
    assertEquals("2007900", post(provider(), body(ref, "03"), next()).get("responseCode").asText());
    assertEquals(PaymentState.APPROVED, row(ref).state());
  }

  @Test
  void aNotifyForAPaymentThisTerminalNeverMadeIsNotFound() throws Exception {
    assertEquals("4047901",
        post(provider(), body("P-NOT-OURS", "00"), next()).get("responseCode").asText());
  }

  @Test
  void aBodyDeclaredOver64KbIsRefusedWith413BeforeItIsRead() throws Exception {
    try (Socket s = rawConnection()) {
      // 300 MB announced, none of it sent: the answer must come without waiting for it.
      send(s,
          "POST " + NotifyReceiver.DEFAULT_PATH
              + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              + "Content-Length: 300000000\r\n\r\n");
      String answer = readAll(s);
      assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
      assertTrue(answer.contains("\"responseCode\":\"4137900\""), answer);
    }
  }

  @Test
  void aChunkedBodyIsCutOffAsSoonAsItPassesTheLimit() throws Exception {
    try (Socket s = rawConnection()) {
      send(s, "POST " + NotifyReceiver.DEFAULT_PATH
          + " HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
      String chunk = "x".repeat(16 * 1024);
      for (int i = 0; i < 5; i++) { // 80 KB and no last chunk: the stream would go on
        send(s, Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n");
      }
      String answer = readAll(s);
      assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
    }
  }

  @Test
  void aBodyJustOverTheLimitIsRefusedAndOneUnderItIsRead() throws Exception {
    String ref = unknownPayment();
    String padded = body(ref, "00").replace("\"test\"", "\"" + "x".repeat(65 * 1024) + "\"");
    assertEquals("4137900", post(provider(), padded, next()).get("responseCode").asText());
    assertEquals(PaymentState.UNKNOWN, row(ref).state());
    String under = body(ref, "00").replace("\"test\"", "\"" + "x".repeat(20) + "\"");
    assertEquals("2007900", post(provider(), under, next()).get("responseCode").asText());
  }

  @Test
  void stalledConnectionsDoNotKeepANotifyWaiting() throws Exception {
    String ref = unknownPayment();
    Socket[] stalled = new Socket[4]; // the old receiver had two threads: two of these stopped it
    try {
      for (int i = 0; i < stalled.length; i++) {
        stalled[i] = rawConnection();
        send(stalled[i], "POST " + NotifyReceiver.DEFAULT_PATH + " HTTP/1.1\r\nX-TIME");
      }
      OkHttpClient impatient = http.newBuilder().callTimeout(Duration.ofSeconds(3)).build();
      assertEquals("2007900",
          post(impatient, provider(), body(ref, "00"), next()).get("responseCode").asText());
      assertEquals(PaymentState.APPROVED, row(ref).state());
    } finally {
      for (Socket s : stalled) {
        if (s != null) {
          s.close();
        }
      }
    }
  }

  @Test
  void aStalledConnectionIsClosedAtItsDeadline() throws Exception {
    receiver.close();
    receiver = receiver(policy().withRequestTimeout(Duration.ofMillis(300)));
    try (Socket s = rawConnection()) {
      send(s,
          "POST " + NotifyReceiver.DEFAULT_PATH + " HTTP/1.1\r\nContent-Length: 10\r\n\r\n{\"a\"");
      long start = System.nanoTime();
      assertEquals(-1, s.getInputStream().read(), "closed without an answer");
      assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 4_000);
    }
  }

  @Test
  void aNotifyOutsideTheClockWindowIsRefusedEvenUnderANewExternalId() throws Exception {
    String ref = unknownPayment();
    String body = body(ref, "00");
    String fiveAndAHalfMinutesAgo = SnapTimestamps.format(
        OffsetDateTime.now(clock.withZone(JAKARTA)).minusSeconds(330));
    String sixMinutesAhead = SnapTimestamps
        .format(OffsetDateTime.now(clock.withZone(JAKARTA)).plusMinutes(6));
    String fourMinutesAgo = SnapTimestamps
        .format(OffsetDateTime.now(clock.withZone(JAKARTA)).minusMinutes(4));
    String partner = terminal.config().partner().id();
    String channel = terminal.config().partner().channelId();

    JsonNode stale = post(provider(), body, next(), fiveAndAHalfMinutesAgo, partner, channel);
    assertEquals("4017900", stale.get("responseCode").asText());
    assertTrue(stale.get("responseMessage").asText().contains("X-TIMESTAMP"), stale.toString());
    assertEquals("4017900", post(provider(), body, next(), sixMinutesAhead, partner, channel)
        .get("responseCode").asText());
    assertEquals("4007901", post(provider(), body, next(), "yesterday", partner, channel)
        .get("responseCode").asText());
    assertEquals(PaymentState.UNKNOWN, row(ref).state());

    assertEquals("2007900", post(provider(), body, next(), fourMinutesAgo, partner, channel)
        .get("responseCode").asText());
    assertEquals(PaymentState.APPROVED, row(ref).state());
  }

  @Test
  void theClockWindowIsConfigurable() throws Exception {
    receiver.close();
    NotifyPolicy p = policy();
    receiver = receiver(NotifyPolicy.of(p.partnerId(), p.channelId(), Duration.ofSeconds(60)));
    String ref = unknownPayment();
    String ninetySecondsAgo = SnapTimestamps
        .format(OffsetDateTime.now(clock.withZone(JAKARTA)).minusSeconds(90));
    assertEquals("4017900",
        post(provider(), body(ref, "00"), next(), ninetySecondsAgo, p.partnerId(), p.channelId())
            .get("responseCode").asText());
    assertEquals(PaymentState.UNKNOWN, row(ref).state());
  }

  @Test
  void aNotifyForAnotherPartnerOrChannelIsRefused() throws Exception {
    String ref = unknownPayment();
    String now = SnapTimestamps.now(clock, JAKARTA);
    String partner = terminal.config().partner().id();
    String channel = terminal.config().partner().channelId();
    assertEquals("4017900", post(provider(), body(ref, "00"), next(), now, "someone-else", channel)
        .get("responseCode").asText());
    assertEquals("4017900", post(provider(), body(ref, "00"), next(), now, partner, "99999")
        .get("responseCode").asText());
    assertEquals("4007902", post(provider(), body(ref, "00"), next(), now, null, channel)
        .get("responseCode").asText());
    assertEquals("4007902", post(provider(), body(ref, "00"), next(), now, partner, null)
        .get("responseCode").asText());
    assertEquals(PaymentState.UNKNOWN, row(ref).state());
  }

  @Test
  void theSameNotifyUnderANewExternalIdChangesNothing() throws Exception {
    // A "refunded" notify that reaches the terminal while the payment is still being sent cannot
    // apply (nothing is refunded before it is paid). Replayed once the payment is paid, it would
    // turn a paid sale into a refunded one, though no refund ever happened.
    String[] ref = {null};
    String[] early = {null};
    fixture.sandbox.beforeAnswering(service -> {
      if (service == SnapService.PAYMENT && early[0] == null) {
        ref[0] = terminal.journal().payments().recent(1).get(0).partnerReferenceNo();
        try {
          early[0] = post(provider(), body(ref[0], "04"), next()).get("responseCode").asText();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    });
    PaymentOutcome paid = terminal.payments().pay("5000", fixture.customerQr(), null);
    assertInstanceOf(PaymentOutcome.Approved.class, paid);
    assertEquals("2007900", early[0]);

    JsonNode replay = post(provider(), body(ref[0], "04"), next());

    assertEquals("2007900", replay.get("responseCode").asText(),
        "answered as done, so a provider stops retrying");
    assertEquals(PaymentState.APPROVED, row(ref[0]).state());
    // Whitespace outside strings is not covered by the signature's body hash either.
    assertEquals("2007900", post(provider(), body(ref[0], "04").replace(",", " ,\n"), next())
        .get("responseCode").asText());
    assertEquals(PaymentState.APPROVED, row(ref[0]).state());
  }

  private Socket rawConnection() throws Exception {
    URI uri = URI.create(receiver.url());
    Socket s = new Socket(uri.getHost(), uri.getPort());
    s.setSoTimeout(5_000); // bounded: a receiver that never answers fails the test, never hangs it
    return s;
  }

  private static void send(Socket s, String text) throws Exception {
    s.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
    s.getOutputStream().flush();
  }

  private static String readAll(Socket s) throws Exception {
    return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
  }

  /** A payment whose answer was lost: the provider booked it, the journal holds it as UNKNOWN. */
  private String unknownPayment() throws Exception {
    PaymentOutcome outcome = terminal.payments().pay("5000", fixture.customerQr(Scenario.DROP),
        null);
    return outcome.record().partnerReferenceNo();
  }

  private PaymentRecord row(String ref) {
    return terminal.journal().payments().find(ref).orElseThrow();
  }

  private PrivateKey provider() {
    return fixture.sandbox.credentials().providerKeys().getPrivate();
  }

  private String next() {
    return "20261125" + String.format("%012d", externalId++);
  }

  private static String body(String ref, String status) {
    return "{\"originalPartnerReferenceNo\":\"" + ref + "\",\"originalReferenceNo\":\"SBX1\","
        + "\"merchantId\":\"00007100010926\",\"amount\":{\"value\":\"5000.00\",\"currency\":\"IDR\"},"
        + "\"latestTransactionStatus\":\"" + status + "\",\"transactionStatusDesc\":\"test\"}";
  }

  private JsonNode post(PrivateKey key, String body, String externalId) throws Exception {
    return post(key, body, externalId, SnapTimestamps.now(clock, JAKARTA),
        terminal.config().partner().id(),
        terminal.config().partner().channelId());
  }

  private JsonNode post(PrivateKey key, String body, String externalId, String timestamp,
      String partnerId,
      String channelId) throws Exception {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    // The provider signs the minified body: whitespace outside strings may differ on the wire.
    String signature = Signatures.rsaSign(key,
        Signatures.asymmetricStringToSign("POST", NotifyReceiver.DEFAULT_PATH,
            JsonMinifier.minify(body).getBytes(StandardCharsets.UTF_8), timestamp));
    Request.Builder request = new Request.Builder().url(receiver.url())
        .header("X-TIMESTAMP", timestamp).header("X-SIGNATURE", signature)
        .header("X-EXTERNAL-ID", externalId)
        .post(RequestBody.create(bytes, MediaType.get("application/json")));
    if (partnerId != null) {
      request.header("X-PARTNER-ID", partnerId);
    }
    if (channelId != null) {
      request.header("CHANNEL-ID", channelId);
    }
    return send(http, request.build());
  }

  private JsonNode post(OkHttpClient client, PrivateKey key, String body, String externalId)
      throws Exception {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String timestamp = SnapTimestamps.now(clock, JAKARTA);
    String signature = Signatures.rsaSign(key,
        Signatures.asymmetricStringToSign("POST", NotifyReceiver.DEFAULT_PATH, bytes, timestamp));
    return send(client, new Request.Builder().url(receiver.url())
        .header("X-TIMESTAMP", timestamp).header("X-SIGNATURE", signature)
        .header("X-EXTERNAL-ID", externalId)
        .header("X-PARTNER-ID", terminal.config().partner().id()).header("CHANNEL-ID",
            terminal.config().partner().channelId())
        .post(RequestBody.create(bytes, MediaType.get("application/json"))).build());
  }

  private static JsonNode send(OkHttpClient client, Request request) throws Exception {
    try (Response response = client.newCall(request).execute()) {
      JsonNode json = SnapJson.mapper().readTree(response.body().string());
      assertEquals(json.get("responseCode").asText().substring(0, 3),
          String.valueOf(response.code()));
      return json;
    }
  }
}
