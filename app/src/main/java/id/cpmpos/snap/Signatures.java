package id.cpmpos.snap;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The SNAP signature schemes (see app/PROTOCOL.md). Every method works on the exact bytes that go on
 * the wire: callers serialize once, sign those bytes and send the same bytes.
 */
public final class Signatures {
  private Signatures() {}

  /** {@code clientKey|X-TIMESTAMP}, signed with SHA256withRSA for the B2B token request. */
  public static String tokenStringToSign(String clientKey, String timestamp) {
    return clientKey + "|" + timestamp;
  }

  /** {@code METHOD:EndpointUrl:AccessToken:lowerhex(sha256(body)):X-TIMESTAMP}. */
  public static String symmetricStringToSign(
      String method, String endpointUrl, String accessToken, byte[] body, String timestamp) {
    return method + ":" + endpointUrl + ":" + accessToken + ":" + bodyHash(body) + ":" + timestamp;
  }

  /** {@code METHOD:EndpointUrl:lowerhex(sha256(body)):X-TIMESTAMP}, for asymmetric request signatures. */
  public static String asymmetricStringToSign(String method, String endpointUrl, byte[] body,
      String timestamp) {
    return method + ":" + endpointUrl + ":" + bodyHash(body) + ":" + timestamp;
  }

  public static String bodyHash(byte[] body) {
    return HexFormat.of().formatHex(sha256(body));
  }

  public static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  public static String hmacSha512(String secret, String stringToSign) {
    try {
      Mac mac = Mac.getInstance("HmacSHA512");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA512 unavailable", e);
    }
  }

  public static String rsaSign(PrivateKey key, String stringToSign) {
    try {
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initSign(key);
      s.update(stringToSign.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with the configured RSA key", e);
    }
  }

  /** False for any malformed input: a bad signature is an answer, not an exception. */
  public static boolean rsaVerify(PublicKey key, String stringToSign, String base64Signature) {
    if (base64Signature == null || base64Signature.isBlank()) {
      return false;
    }
    try {
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initVerify(key);
      s.update(stringToSign.getBytes(StandardCharsets.UTF_8));
      return s.verify(Base64.getDecoder().decode(base64Signature.trim()));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  /** Compares in constant time so a verifier leaks nothing about how much of a signature matched. */
  public static boolean sameSignature(String expected, String actual) {
    if (expected == null || actual == null) {
      return false;
    }
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), actual.trim().getBytes(StandardCharsets.UTF_8));
  }
}
