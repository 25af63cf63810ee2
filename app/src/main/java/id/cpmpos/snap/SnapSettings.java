package id.cpmpos.snap;

import java.security.PrivateKey;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Everything the protocol client needs to know about the provider and this terminal. The base URL
 * includes any provider prefix ({@code https://host/snap}); the version follows it. X-IP-ADDRESS and
 * X-DEVICE-ID come from the terminal; ORIGIN and CHANNEL-ID from configuration; X-LATITUDE and
 * X-LONGITUDE are sent only when both are known.
 */
public record SnapSettings(
    HttpUrl baseUrl,
    String version,
    String partnerId,
    String clientKey,
    String clientSecret,
    PrivateKey partnerPrivateKey,
    String channelId,
    String origin,
    String deviceId,
    String ipAddress,
    String latitude,
    String longitude,
    ZoneId zone,
    Duration connectTimeout,
    Duration readTimeout,
    SignatureScheme signatureScheme) {

  /** Sane defaults for a counter on a shop's network: fail fast to connect, wait for a slow issuer. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

  public SnapSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(zone, "zone");
    connectTimeout = positiveOr(connectTimeout, DEFAULT_CONNECT_TIMEOUT);
    readTimeout = positiveOr(readTimeout, DEFAULT_READ_TIMEOUT);
    signatureScheme = signatureScheme == null ? SignatureScheme.SYMMETRIC : signatureScheme;
  }

  /** The symmetric scheme, as before the scheme became a choice; keeps existing call sites unchanged. */
  public SnapSettings(HttpUrl baseUrl, String version, String partnerId, String clientKey,
      String clientSecret,
      PrivateKey partnerPrivateKey, String channelId, String origin, String deviceId,
      String ipAddress,
      String latitude, String longitude, ZoneId zone, Duration connectTimeout,
      Duration readTimeout) {
    this(baseUrl, version, partnerId, clientKey, clientSecret, partnerPrivateKey, channelId, origin,
        deviceId,
        ipAddress, latitude, longitude, zone, connectTimeout, readTimeout,
        SignatureScheme.SYMMETRIC);
  }

  private static Duration positiveOr(Duration value, Duration fallback) {
    return value == null || value.isZero() || value.isNegative() ? fallback : value;
  }

  @Override
  public String toString() {
    // Records print every component; the secret and the key must never reach a log line.
    return "SnapSettings[baseUrl=" + baseUrl + ", partnerId=" + partnerId + ", clientKey="
        + clientKey
        + ", channelId=" + channelId + ", signatureScheme=" + signatureScheme
        + ", clientSecret=***, partnerPrivateKey=***]";
  }
}
