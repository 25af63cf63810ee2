package id.cpmpos.snap;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;

/**
 * The provider's side of {@link NotifySignatureVerifier#asymmetric}: signs a {@code qr-cpm-notify}
 * with the provider's private key. Used by the sandbox provider.
 */
public final class NotifySigner {
  private final PrivateKey providerKey;

  public NotifySigner(PrivateKey providerKey) {
    this.providerKey = providerKey;
  }

  /** The X-SIGNATURE for a notify with these bytes sent to {@code endpointUrl} at {@code timestamp}. */
  public String sign(String endpointUrl, byte[] body, String timestamp) {
    return Signatures.rsaSign(providerKey, stringToSign(endpointUrl, body, timestamp));
  }

  /** The body is minified first: a provider may pretty-print what it sends, the hash is of the minified form. */
  static String stringToSign(String endpointUrl, byte[] body, String timestamp) {
    byte[] minified = JsonMinifier.minify(new String(body, StandardCharsets.UTF_8))
        .getBytes(StandardCharsets.UTF_8);
    return Signatures.asymmetricStringToSign("POST", endpointUrl, minified, timestamp);
  }

  @Override
  public String toString() {
    return "NotifySigner[providerKey=***]";
  }
}
