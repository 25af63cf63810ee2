package id.cpmpos.snap;

import java.security.PublicKey;
import java.util.function.Function;

/**
 * Decides whether a {@code qr-cpm-notify} really comes from the provider. Providers differ in how they
 * sign notifications (app/PROTOCOL.md), so this is pluggable; {@link #asymmetric(PublicKey)} is the
 * default. A false answer is an answer, never an exception: the receiver replies {@code 4017900}.
 */
@FunctionalInterface
public interface NotifySignatureVerifier {

  /**
   * @param endpointUrl the path as received, provider prefix and query string included
   * @param body the exact bytes received
   * @param header a request header by name (case-insensitive), null when absent
   */
  boolean verify(String endpointUrl, byte[] body, Function<String, String> header);

  /**
   * SHA256withRSA over {@code POST:EndpointUrl:lowerhex(sha256(minify(body))):X-TIMESTAMP}, checked
   * with the provider's public key.
   */
  static NotifySignatureVerifier asymmetric(PublicKey providerKey) {
    return (endpointUrl, body, header) -> {
      String timestamp = header.apply("X-TIMESTAMP");
      String signature = header.apply("X-SIGNATURE");
      if (timestamp == null || signature == null) {
        return false;
      }
      return Signatures.rsaVerify(providerKey,
          NotifySigner.stringToSign(endpointUrl, body, timestamp), signature);
    };
  }
}
