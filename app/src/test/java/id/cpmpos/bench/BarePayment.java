package id.cpmpos.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.cpmpos.config.TerminalConfig;
import id.cpmpos.snap.Amount;
import id.cpmpos.snap.PaymentRequest;
import id.cpmpos.snap.Pem;
import id.cpmpos.snap.ScannerInfo;
import id.cpmpos.snap.Signatures;
import id.cpmpos.snap.SignedPath;
import id.cpmpos.snap.SnapJson;
import id.cpmpos.snap.SnapService;
import id.cpmpos.snap.SnapTimestamps;
import id.cpmpos.snap.TokenRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The payment benchmark's baseline on the wire: one okhttp client, the token fetched once, and a
 * payment request built and signed beforehand (the same body the terminal sends: same fields, a fresh
 * QR and reference), so that what is timed is the POST and reading the answer, nothing else.
 */
final class BarePayment {
  private static final MediaType JSON = MediaType.get("application/json");
  private final OkHttpClient http = new OkHttpClient();
  private final ObjectMapper json = SnapJson.mapper();
  private final TerminalConfig config;
  private final HttpUrl paymentUrl;
  private final String token;
  private final AtomicLong externalIds = new AtomicLong(
      System.currentTimeMillis() % 1_000_000_000L * 1000);
  private final AtomicLong references = new AtomicLong();

  BarePayment(TerminalConfig config) throws Exception {
    this.config = config;
    HttpUrl base = HttpUrl.get(config.provider().baseUrl());
    this.paymentUrl = base.newBuilder()
        .addPathSegments(SnapService.PAYMENT.path(config.provider().version()).substring(1))
        .build();
    PrivateKey key = Pem.readPrivateKey(config.partner().privateKey());
    String ts = SnapTimestamps.now(Clock.systemUTC(), config.zone());
    Request tokenRequest = new Request.Builder()
        .url(base.newBuilder().addPathSegments(SnapService.ACCESS_TOKEN.path("v1.0").substring(1))
            .build())
        .header("X-TIMESTAMP", ts)
        .header("X-CLIENT-KEY", config.partner().clientKey())
        .header("X-SIGNATURE",
            Signatures.rsaSign(key, Signatures.tokenStringToSign(config.partner().clientKey(), ts)))
        .post(RequestBody.create(json.writeValueAsBytes(TokenRequest.clientCredentials()), JSON))
        .build();
    try (Response r = http.newCall(tokenRequest).execute()) {
      this.token = json.readTree(r.body().string()).path("accessToken").asText();
    }
    if (token.isEmpty()) {
      throw new IllegalStateException("the sandbox gave the baseline no token");
    }
  }

  /** A signed payment for {@code qr}, ready to send. */
  Request prepare(String qr) throws IOException {
    String ref = String.format("B%020d", references.incrementAndGet());
    OffsetDateTime now = OffsetDateTime.now(Clock.system(config.zone()));
    PaymentRequest body = new PaymentRequest(ref, qr, Amount.of(new BigDecimal("10000.00"), "IDR"),
        null,
        config.merchant().id(), config.merchant().subMerchantId(), null,
        SnapTimestamps.format(now.plusSeconds(60)), null,
        config.merchant().externalStoreId(), config.merchant().name(), config.merchant().location(),
        config.merchant().acquirerName(),
        config.merchant().terminalId(), new ScannerInfo(config.merchant().terminalId(), "bench",
            "manual-entry", "127.0.0.1"),
        null);
    byte[] bytes = json.writeValueAsBytes(body);
    String ts = SnapTimestamps.format(now);
    return new Request.Builder()
        .url(paymentUrl)
        .header("X-TIMESTAMP", ts)
        .header("X-SIGNATURE", Signatures.hmacSha512(config.partner().clientSecret(),
            Signatures.symmetricStringToSign("POST", SignedPath.of(paymentUrl), token, bytes, ts)))
        .header("ORIGIN", config.partner().origin())
        .header("X-PARTNER-ID", config.partner().id())
        .header("X-EXTERNAL-ID", Long.toString(externalIds.incrementAndGet()))
        .header("X-IP-ADDRESS", "127.0.0.1")
        .header("X-DEVICE-ID", config.merchant().terminalId())
        .header("CHANNEL-ID", config.partner().channelId())
        .header("Authorization", "Bearer " + token)
        .post(RequestBody.create(bytes, JSON))
        .build();
  }

  /** Sends it and reads the whole answer; returns the HTTP status. */
  int send(Request request) throws IOException {
    try (Response r = http.newCall(request).execute()) {
      r.body().bytes();
      return r.code();
    }
  }
}
