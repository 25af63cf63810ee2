package id.cpmpos.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import id.cpmpos.boot.TerminalContext;
import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.sandbox.Scenario;
import id.cpmpos.snap.Pem;
import id.cpmpos.snap.Signatures;
import id.cpmpos.snap.SnapJson;
import id.cpmpos.terminal.PaymentOutcome;
import id.cpmpos.testing.Await;
import id.cpmpos.testing.SandboxFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
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

  @BeforeEach
  void start() throws Exception {
    fixture = new SandboxFixture(dir);
    terminal = TerminalContext.open(fixture.config, Clock.systemUTC());
    receiver = new NotifyReceiver(id.cpmpos.snap.NotifySignatureVerifier.asymmetric(Pem.readPublicKey(dir.resolve("provider-public.pem"))),
        new JournalNotifyApplier(terminal.journal()), ReplayGuard.inJournal(terminal.journal()), Clock.systemUTC(),
        ZoneId.of("Asia/Jakarta")).start("127.0.0.1", 0);
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
    PaymentOutcome outcome = terminal.payments().pay("12000", fixture.customerQr(Scenario.DROP), null);
    assertInstanceOf(PaymentOutcome.Pending.class, outcome);
    String ref = outcome.record().partnerReferenceNo();

    Await.until(Duration.ofSeconds(10), () -> row(ref).state() == PaymentState.APPROVED, "notify applied");
    Await.until(Duration.ofSeconds(10), () -> fixture.sandbox.notifiesDelivered() == 1, "notify acknowledged");
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
    assertEquals("2007900", post(provider(), body(ref, "06"), externalId).get("responseCode").asText());
    receiver.close();
    receiver = new NotifyReceiver(id.cpmpos.snap.NotifySignatureVerifier.asymmetric(
        Pem.readPublicKey(dir.resolve("provider-public.pem"))), new JournalNotifyApplier(terminal.journal()),
        ReplayGuard.inJournal(terminal.journal()), Clock.systemUTC(), ZoneId.of("Asia/Jakarta"))
        .start("127.0.0.1", 0);

    assertEquals("4097900", post(provider(), body(ref, "00"), externalId).get("responseCode").asText());
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
      if (service == id.cpmpos.snap.SnapService.PAYMENT) { // the provider notifies before it answers
        String ref = terminal.journal().payments(1).get(0).partnerReferenceNo();
        applier.apply(new id.cpmpos.snap.NotifyRequest(ref, null, null, null, null, null, status[0], "notified",
            null, null, null, null, null, null, null));
      }
    });

    PaymentOutcome declined = terminal.payments().pay("5000", fixture.customerQr(Scenario.INSUFFICIENT_FUNDS), null);
    assertInstanceOf(PaymentOutcome.Declined.class, declined);
    assertEquals("4036014", declined.record().responseCode(), "the decline's reason, not the notify's receipt");
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
    assertEquals("4047901", post(provider(), body("P-NOT-OURS", "00"), next()).get("responseCode").asText());
  }

  /** A payment whose answer was lost: the provider booked it, the journal holds it as UNKNOWN. */
  private String unknownPayment() throws Exception {
    PaymentOutcome outcome = terminal.payments().pay("5000", fixture.customerQr(Scenario.DROP), null);
    return outcome.record().partnerReferenceNo();
  }

  private PaymentRecord row(String ref) {
    return terminal.journal().payment(ref).orElseThrow();
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
    String timestamp = "2026-11-25T08:46:11+07:00";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String signature = Signatures.rsaSign(key,
        Signatures.asymmetricStringToSign("POST", NotifyReceiver.DEFAULT_PATH, bytes, timestamp));
    Request request = new Request.Builder().url(receiver.url())
        .header("X-TIMESTAMP", timestamp).header("X-SIGNATURE", signature)
        .header("X-PARTNER-ID", "provider").header("X-EXTERNAL-ID", externalId).header("CHANNEL-ID", "95221")
        .post(RequestBody.create(bytes, MediaType.get("application/json"))).build();
    try (Response response = http.newCall(request).execute()) {
      JsonNode json = SnapJson.mapper().readTree(response.body().string());
      assertEquals(json.get("responseCode").asText().substring(0, 3), String.valueOf(response.code()));
      return json;
    }
  }
}
