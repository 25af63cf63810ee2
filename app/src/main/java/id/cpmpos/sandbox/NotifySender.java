package id.cpmpos.sandbox;

import id.cpmpos.snap.Amount;
import id.cpmpos.snap.NotifyRequest;
import id.cpmpos.snap.NotifyResponse;
import id.cpmpos.snap.NotifySigner;
import id.cpmpos.snap.SignedPath;
import id.cpmpos.snap.SnapJson;
import id.cpmpos.snap.SnapTimestamps;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends qr-cpm-notify (service 79) to the terminal when a payment becomes final, signed with the
 * provider's private key (SHA256withRSA over {@code POST:path:sha256(body):X-TIMESTAMP}), and
 * retries with doubling delays until the terminal answers {@code 2007900}.
 */
final class NotifySender {
  private static final Logger log = LoggerFactory.getLogger(NotifySender.class);
  private static final MediaType JSON = MediaType.get("application/json");

  private final HttpUrl url;
  private final SandboxCredentials credentials;
  private final Clock clock;
  private final ZoneId zone;
  private final Duration backoff;
  private final int attempts;
  private final ScheduledExecutorService scheduler;
  private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false)
      .readTimeout(Duration.ofSeconds(10)).build();
  private final LongSupplier externalIds;
  private final NotifySigner signer;
  private final AtomicInteger delivered = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();

  NotifySender(HttpUrl url, SandboxCredentials credentials, Clock clock, ZoneId zone,
      Duration backoff, int attempts,
      ScheduledExecutorService scheduler, LongSupplier externalIds) {
    this.externalIds = externalIds;
    this.url = url;
    this.credentials = credentials;
    this.clock = clock;
    this.zone = zone;
    this.backoff = backoff;
    this.attempts = attempts;
    this.scheduler = scheduler;
    this.signer = new NotifySigner(credentials.providerKeys().getPrivate());
  }

  void send(SandboxLedger.Payment p) {
    NotifyRequest body = new NotifyRequest(p.partnerReferenceNo(), p.referenceNo(), p.merchantId(),
        null, null,
        new Amount(p.amount(), p.currency()), p.status(),
        SandboxLedger.PAID.equals(p.status()) ? "success" : "failed",
        null, null, null, null, null, null, null);
    scheduler.execute(() -> attempt(body, 1));
  }

  int delivered() {
    return delivered.get();
  }

  int refused() {
    return refused.get();
  }

  private void attempt(NotifyRequest body, int attempt) {
    try {
      if (post(body)) {
        delivered.incrementAndGet();
        return;
      }
      refused.incrementAndGet();
    } catch (IOException | RuntimeException e) {
      log.info("notify for {} failed (attempt {}): {}", body.originalPartnerReferenceNo(), attempt,
          e.toString());
    }
    if (attempt < attempts && !scheduler.isShutdown()) {
      long delay = backoff.toMillis() << Math.min(attempt - 1, 6);
      // Nothing waits for the retry: attempt() catches and counts its own failures.
      Future<?> unused = scheduler.schedule(() -> attempt(body, attempt + 1), delay,
          TimeUnit.MILLISECONDS);
    }
  }

  private boolean post(NotifyRequest body) throws IOException {
    byte[] bytes = SnapJson.mapper().writeValueAsBytes(body);
    String timestamp = SnapTimestamps.now(clock, zone);
    String signature = signer.sign(SignedPath.of(url), bytes, timestamp);
    String externalId = DateTimeFormatter.ofPattern("yyyyMMdd").format(clock.instant().atZone(zone))
        + String.format("%012d", externalIds.getAsLong());
    Request request = new Request.Builder().url(url)
        .header("X-TIMESTAMP", timestamp)
        .header("X-SIGNATURE", signature)
        .header("X-PARTNER-ID", credentials.partnerId())
        .header("X-EXTERNAL-ID", externalId)
        .header("CHANNEL-ID", credentials.channelId())
        .post(RequestBody.create(bytes, JSON))
        .build();
    try (Response response = http.newCall(request).execute()) {
      String text = response.body() == null ? "" : response.body().string();
      NotifyResponse answer = text.isBlank()
          ? null
          : SnapJson.mapper().readValue(text, NotifyResponse.class);
      return answer != null && "2007900".equals(answer.responseCode());
    }
  }
}
