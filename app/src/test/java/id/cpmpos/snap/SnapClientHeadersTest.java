package id.cpmpos.snap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What reaches the provider: every header of the samples, in the right format, signed over the bytes sent. */
class SnapClientHeadersTest {
  LoopbackServer server;

  @BeforeEach
  void start() throws Exception {
    server = new LoopbackServer();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  SnapClient client(ZoneId zone, SignatureScheme scheme, CustomerTokenSource customer) {
    return new SnapClient(
        TestClients.settings(server.baseUrl(), zone, Duration.ofSeconds(5), scheme),
        new OkHttpClient(), TestClients.sequence(), customer,
        Clock.fixed(TestClients.SAMPLE_INSTANT, zone));
  }

  LoopbackServer.Received paymentReceived() {
    List<LoopbackServer.Received> payments = server.received().stream().filter(r -> !r.isToken())
        .toList();
    assertEquals(1, payments.size());
    return payments.get(0);
  }

  /** Made by: {@code printf '%s' "POST:/v1.0/qr/qr-cpm-payment:tok-1:<sha256 of PAYMENT_BODY>:2020-12-23T07:54:11+07:00" | openssl dgst -sha512 -hmac test-client-secret -binary | base64 -w0}. */
  static final String JAKARTA_SIGNATURE = "OyKcxKyuzcMKEm/oZElCVyaKCM43QpEKAFr8eDw32WzHMk+7yGlSpCiwWqBpRf3FWQYHRaTxMuo5B+EUks5Tig==";
  /** The same at 2020-12-23T08:54:11+08:00. */
  static final String MAKASSAR_SIGNATURE = "kB6GwsfRC3b0cecxKJ7snqUndjfsdoNNSsMTX6Tz3HBLrHc7GGKpCyJGxJt3IOKi7gMwbki4TD7QR5MlS0sgkg==";
  /** Made by: {@code printf '%s' "client-key-1|2020-12-23T07:54:11+07:00" | openssl dgst -sha256 -sign partner-private.pem | base64 -w0}. */
  static final String TOKEN_SIGNATURE = "C3ubnVvQnJzR1F3rOGc5Voz8Xs+wKvBx9CsbEqAE7xneBHlGj9Qu1vI2LAwjOMDKN7VKyzm97C"
      + "ATTtJAqnfO1N2q2tNFR9qO1jzj04Myde+RVio02jYg69CdkuyRSXmVVUETtaxeffbCJzRGS7M10CK02uITO+uz+xgRqLvKb55Zw3FSTjf+sb"
      + "iisqDiA5qZjFc35bE5crAox9iFH+m1vtIx9zgocEq/BwZAMNLpP5+K9CVGhx1fqx0D9FYH3X+G8l2AnL2KGwvv5LhTG4xPBbBCvmJB5sYTt/k"
      + "7Fsu+nCxt2LBjUnHYsLIIPTG/LFMu1kDrtdFF3QxfdGAwo7rdjw==";

  @Test
  void paymentCarriesEveryHeaderOfTheSamplesSignedOverTheBytesSent() {
    CallOutcome<PaymentResponse> outcome = client(TestClients.JAKARTA, SignatureScheme.SYMMETRIC,
        CustomerTokenSource.NONE).payment(TestClients.payment());

    assertInstanceOf(CallOutcome.Answered.class, outcome);
    LoopbackServer.Received r = paymentReceived();
    assertEquals("POST", r.method());
    assertEquals("/v1.0/qr/qr-cpm-payment", r.target());
    assertEquals(SignaturesTest.PAYMENT_BODY, r.bodyText());
    assertEquals("application/json", r.header("Content-Type"));
    assertEquals("Bearer " + LoopbackServer.TOKEN, r.header("Authorization"));
    assertEquals("2020-12-23T07:54:11+07:00", r.header("X-TIMESTAMP"));
    assertEquals("www.hostname.com", r.header("ORIGIN"));
    assertEquals("82150823919040624621823174737537", r.header("X-PARTNER-ID"));
    assertTrue(r.header("X-EXTERNAL-ID").matches("\\d{1,36}"), r.header("X-EXTERNAL-ID"));
    assertEquals("172.24.28.24", r.header("X-IP-ADDRESS"));
    assertEquals("09864ADCASA", r.header("X-DEVICE-ID"));
    assertEquals("-6.108841", r.header("X-LATITUDE"));
    assertEquals("106.7782137", r.header("X-LONGITUDE"));
    assertTrue(r.header("CHANNEL-ID").matches("\\d{5}"));
    assertNull(r.header("Authorization-Customer"));
    // Recomputed by the provider over what it received, and equal to openssl's answer.
    String recomputed = Signatures.hmacSha512(TestClients.SECRET,
        Signatures.symmetricStringToSign("POST",
            r.target(), LoopbackServer.TOKEN, r.body(), r.header("X-TIMESTAMP")));
    assertEquals(recomputed, r.header("X-SIGNATURE"));
    assertEquals(JAKARTA_SIGNATURE, r.header("X-SIGNATURE"));
  }

  @Test
  void tokenRequestIsSignedWithThePartnerKey() {
    client(TestClients.JAKARTA, SignatureScheme.SYMMETRIC, CustomerTokenSource.NONE).warmUp();

    LoopbackServer.Received r = server.received().get(0);
    assertEquals("/v1.0/access-token/b2b", r.target());
    assertEquals("{\"grantType\":\"client_credentials\"}", r.bodyText());
    assertEquals("application/json", r.header("Content-Type"));
    assertEquals("client-key-1", r.header("X-CLIENT-KEY"));
    assertEquals("2020-12-23T07:54:11+07:00", r.header("X-TIMESTAMP"));
    assertEquals(TOKEN_SIGNATURE, r.header("X-SIGNATURE"));
  }

  @Test
  void timestampCarriesTheConfiguredZonesOffset() {
    client(ZoneId.of("Asia/Makassar"), SignatureScheme.SYMMETRIC, CustomerTokenSource.NONE)
        .payment(TestClients.payment());

    LoopbackServer.Received r = paymentReceived();
    assertEquals("2020-12-23T08:54:11+08:00", r.header("X-TIMESTAMP"));
    assertEquals(MAKASSAR_SIGNATURE, r.header("X-SIGNATURE"));
  }

  @Test
  void customerTokenIsSentOnlyWhenOneExists() {
    client(TestClients.JAKARTA, SignatureScheme.SYMMETRIC, () -> Optional.of("cust-9"))
        .payment(TestClients.payment());
    assertEquals("Bearer cust-9", paymentReceived().header("Authorization-Customer"));
  }

  @Test
  void asymmetricSchemeSignsWithThePartnerKeyAndFetchesNoToken() {
    client(TestClients.JAKARTA, SignatureScheme.ASYMMETRIC, CustomerTokenSource.NONE)
        .payment(TestClients.payment());

    assertEquals(0, server.count(true), "no token request");
    LoopbackServer.Received r = paymentReceived();
    assertNull(r.header("Authorization"));
    assertEquals(SignaturesTest.ASYMMETRIC_PAYMENT_SIGNATURE, r.header("X-SIGNATURE"));
    assertTrue(Signatures.rsaVerify(TestClients.partnerPublicKey(),
        Signatures.asymmetricStringToSign("POST", r.target(), r.body(), r.header("X-TIMESTAMP")),
        r.header("X-SIGNATURE")));
  }

  @Test
  void providerPrefixIsPartOfTheSignedPath() throws Exception {
    SnapClient prefixed = new SnapClient(
        TestClients.settings(server.baseUrl() + "/snap", TestClients.JAKARTA,
            Duration.ofSeconds(5), SignatureScheme.SYMMETRIC),
        new OkHttpClient(), TestClients.sequence(),
        Clock.fixed(TestClients.SAMPLE_INSTANT, TestClients.JAKARTA));
    prefixed.payment(TestClients.payment());

    LoopbackServer.Received r = paymentReceived();
    assertEquals("/snap/v1.0/qr/qr-cpm-payment", r.target());
    assertEquals(Signatures.hmacSha512(TestClients.SECRET, Signatures.symmetricStringToSign("POST",
        "/snap/v1.0/qr/qr-cpm-payment", LoopbackServer.TOKEN, r.body(), r.header("X-TIMESTAMP"))),
        r.header("X-SIGNATURE"));
  }

  @Test
  void invalidRequestIsNeverSent() {
    SnapClient client = client(TestClients.JAKARTA, SignatureScheme.SYMMETRIC,
        CustomerTokenSource.NONE);
    PaymentRequest noMerchant = new PaymentRequest("P1", "AAAA", null, null, null, null, null,
        "2020-12-23T07:55:11+07:00", null, null, null, null, null, null, null, null);

    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> client.payment(noMerchant));

    assertEquals("Invalid Mandatory Field merchantId", e.getMessage());
    // Calls are synchronous and the server records before answering: anything sent would be here.
    assertEquals(List.of(), server.received(), "nothing on the wire, not even a token request");
  }

  @Test
  void malformedExternalIdIsNeverSent() {
    SnapClient client = new SnapClient(TestClients.settings(server.baseUrl(), TestClients.JAKARTA,
        Duration.ofSeconds(5), SignatureScheme.ASYMMETRIC), new OkHttpClient(), () -> "ABC-1",
        Clock.fixed(TestClients.SAMPLE_INSTANT, TestClients.JAKARTA));

    assertThrows(IllegalStateException.class, () -> client.payment(TestClients.payment()));
    assertEquals(List.of(), server.received());
  }

  @Test
  void bodyIsSentAsUtf8BytesExactlyAsSigned() {
    PaymentRequest withName = new PaymentRequest("P1", "AAAA", null, null, "M1", null,
        "Kopi Susu \u00e9 \"x\"",
        "2020-12-23T07:55:11+07:00", null, null, null, null, null, null, null, null);
    client(TestClients.JAKARTA, SignatureScheme.SYMMETRIC, CustomerTokenSource.NONE)
        .payment(withName);

    LoopbackServer.Received r = paymentReceived();
    assertTrue(r.bodyText().contains("\"title\":\"Kopi Susu \u00e9 \\\"x\\\"\""), r.bodyText());
    assertEquals(r.body().length, r.bodyText().getBytes(StandardCharsets.UTF_8).length);
    assertEquals(Signatures.hmacSha512(TestClients.SECRET,
        Signatures.symmetricStringToSign("POST", r.target(),
            LoopbackServer.TOKEN, r.body(), r.header("X-TIMESTAMP"))),
        r.header("X-SIGNATURE"));
  }
}
