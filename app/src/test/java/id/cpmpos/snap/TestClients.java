package id.cpmpos.snap;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/** Settings, keys and clients for tests against {@link LoopbackServer}. */
final class TestClients {
  static final String SECRET = "test-client-secret";
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  /** 2020-12-23T07:54:11+07:00, the payment sample's X-TIMESTAMP. */
  static final Instant SAMPLE_INSTANT = Instant.parse("2020-12-23T00:54:11Z");

  private TestClients() {}

  static PrivateKey partnerPrivateKey() {
    try {
      return Pem.readPrivateKey(Path.of("src/test/resources/keys/partner-private.pem"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static PublicKey partnerPublicKey() {
    try {
      return Pem.readPublicKey(Path.of("src/test/resources/keys/partner-public.pem"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static SnapSettings settings(String baseUrl, ZoneId zone, Duration readTimeout,
      SignatureScheme scheme) {
    return new SnapSettings(HttpUrl.get(baseUrl), "v1.0", "82150823919040624621823174737537",
        "client-key-1",
        SECRET, partnerPrivateKey(), "95221", "www.hostname.com", "09864ADCASA", "172.24.28.24",
        "-6.108841",
        "106.7782137", zone, Duration.ofSeconds(2), readTimeout, scheme);
  }

  static ExternalIdSource sequence() {
    AtomicLong n = new AtomicLong(41807553358950093L);
    return () -> String.valueOf(n.incrementAndGet());
  }

  static SnapClient client(String baseUrl, Clock clock) {
    return new SnapClient(
        settings(baseUrl, JAKARTA, Duration.ofSeconds(5), SignatureScheme.SYMMETRIC),
        new OkHttpClient(), sequence(), clock);
  }

  static PaymentRequest payment() {
    return new PaymentRequest("P1", "AAAA", Amount.idr(new BigDecimal("10000")), null, "M1", null,
        null,
        "2020-12-23T07:55:11+07:00", null, null, null, null, null, null, null, null);
  }
}
