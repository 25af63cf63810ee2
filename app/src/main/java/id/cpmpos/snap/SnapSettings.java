package id.cpmpos.snap;

import java.security.PrivateKey;
import java.time.Duration;
import java.time.ZoneId;
import okhttp3.HttpUrl;

/**
 * Everything the protocol client needs to know about the provider and this terminal. The base URL
 * includes any provider prefix ({@code https://host/snap}); the version follows it.
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
    Duration readTimeout) {

  @Override
  public String toString() {
    // Records print every component; the secret and the key must never reach a log line.
    return "SnapSettings[baseUrl=" + baseUrl + ", partnerId=" + partnerId + ", clientKey=" + clientKey
        + ", channelId=" + channelId + ", clientSecret=***, partnerPrivateKey=***]";
  }
}
