package id.cpmpos.notify;

import java.time.Duration;

/**
 * What the notify receiver accepts beyond a good signature, and what it spends on a request.
 *
 * @param partnerId the {@code X-PARTNER-ID} a notify must carry: this terminal's {@code partner.id}
 * @param channelId the {@code CHANNEL-ID} a notify must carry: this terminal's {@code channel.id}
 * @param maxClockSkew how far a notify's {@code X-TIMESTAMP} may be from this terminal's clock, either
 *     way; a notify captured and replayed later than this is refused even under a new X-EXTERNAL-ID
 * @param maxBodyBytes a notify is under 4 KB; anything much larger is refused unread
 * @param requestTimeout the whole request must arrive within this, or the connection is closed
 * @param threads requests handled at once; more wait in a short queue, beyond it are closed
 */
public record NotifyPolicy(String partnerId, String channelId, Duration maxClockSkew,
    int maxBodyBytes,
    Duration requestTimeout, int threads) {
  public static final Duration DEFAULT_MAX_CLOCK_SKEW = Duration.ofMinutes(5);
  public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
  public static final int DEFAULT_THREADS = 8;

  public static NotifyPolicy of(String partnerId, String channelId, Duration maxClockSkew) {
    return new NotifyPolicy(partnerId, channelId, maxClockSkew, DEFAULT_MAX_BODY_BYTES,
        DEFAULT_REQUEST_TIMEOUT,
        DEFAULT_THREADS);
  }

  public NotifyPolicy withRequestTimeout(Duration timeout) {
    return new NotifyPolicy(partnerId, channelId, maxClockSkew, maxBodyBytes, timeout, threads);
  }
}
