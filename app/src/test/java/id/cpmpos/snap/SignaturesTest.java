package id.cpmpos.snap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Known answers computed outside this code: the HMAC vector is a public one published with the SNAP documents (also
 * re-computed with {@code openssl dgst -sha512 -hmac}); the RSA signatures in test resources were
 * made with {@code openssl dgst -sha256 -sign} over the strings below.
 */
class SignaturesTest {
  static final String BODY = "{\"partnerReferenceNo\":\"2020102900000000000001\",\"amount\":{\"value\":\"12345678.00\","
      + "\"currency\":\"IDR\"},\"feeAmount\":{\"value\":\"12345678.00\",\"currency\":\"IDR\"},\"merchantId\":"
      + "\"00007100010926\",\"terminalId\":\"213141251124\",\"validityPeriod\":\"2009-07-03T12:08:56-07:00\"}";

  static Path key(String name) {
    return Path.of("src/test/resources/keys", name);
  }

  @Test
  void bodyHashMatchesTheKnownAnswer() {
    assertEquals("01463f60dbb6ca538581579dd95b31c8ba9fc6600eca750e4d8460ca4e402111",
        Signatures.bodyHash(BODY.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void symmetricSignatureMatchesTheKnownAnswer() {
    String stringToSign = Signatures.symmetricStringToSign("POST", "/v1.0/qr/qr-mpm-generate",
        "myaccesstoken",
        BODY.getBytes(StandardCharsets.UTF_8), "2024-03-05T10:37:16.196Z");
    assertEquals(
        "wmzT7yjg1SxxCsxNsFgCR9SYXiZGGbceF6fV8xe97sAMHxZ+7OEBMIBmvb6Sj6GcksGp3iv77DiomgSbcST3XQ==",
        Signatures.hmacSha512("myclientsecret", stringToSign));
  }

  @Test
  void emptyBodyHashesAsTheEmptyString() {
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        Signatures.bodyHash(new byte[0]));
  }

  @Test
  void tokenSignatureMatchesOpenssl() throws Exception {
    PrivateKey key = Pem.readPrivateKey(key("partner-private.pem"));
    String expected = Files.readString(key("token-signature.txt")).trim();
    assertEquals(expected, Signatures.rsaSign(key,
        Signatures.tokenStringToSign("sandbox-client-1", "2020-12-23T07:50:11+07:00")));
  }

  @Test
  void asymmetricSignatureMadeByOpensslVerifies() throws Exception {
    PublicKey key = Pem.readPublicKey(key("partner-public.pem"));
    String signature = Files.readString(key("notify-signature.txt")).trim();
    String stringToSign = Signatures.asymmetricStringToSign("POST", "/v1.0/qr/qr-cpm-notify",
        BODY.getBytes(StandardCharsets.UTF_8), "2020-12-23T08:46:11+07:00");
    assertTrue(Signatures.rsaVerify(key, stringToSign, signature));
    assertFalse(Signatures.rsaVerify(key, stringToSign.replace("08:46", "08:47"), signature));
    assertFalse(Signatures.rsaVerify(key, stringToSign, "not base64 !"));
    assertFalse(Signatures.rsaVerify(key, stringToSign, null));
  }

  /** Made by: {@code printf '%s' "POST:/v1.0/qr/qr-cpm-notify:<sha256 of the minified sample>:2020-12-23T08:46:11+07:00" | openssl dgst -sha256 -sign partner-private.pem | base64 -w0}. */
  static final String NOTIFY_SAMPLE_SIGNATURE = "mj4TZJnvhT46UXzfK/oW3PUbil9HcATc/grxvWfXi1nzda9s2hU/DkHDEjYSC2Zvo"
      + "aMTMCwRIFcX69tYK1egIq2sM5Mwp94k558GkHtJRVcGayFUs3ugrcZvqeZ2m6GnEALgFScJvLIa3v4/rJ/ROI69XmZsEtYElomBRNhFLAmno"
      + "ON8NbJtp3F0V0Z1MG/NSnOH1wG8gu2wBmw1vBFzfGDLaWtwqKA5mwZs+DtWse8V0NsIPM6c8O5gWhbnYQLkydjcr2jmwD4nSx4yZLZcSybeK"
      + "jQrWNc03YWe040uMtXxDHxkfO66xuGXFJd3TB2jGD9rNhhgm6M3v86IwxMNbw==";

  static Function<String, String> headers(String timestamp, String signature) {
    return name -> switchHeader(name, timestamp, signature);
  }

  private static String switchHeader(String name, String timestamp, String signature) {
    if ("X-TIMESTAMP".equalsIgnoreCase(name)) {
      return timestamp;
    }
    return "X-SIGNATURE".equalsIgnoreCase(name) ? signature : null;
  }

  @Test
  void notifySignerMatchesOpensslOverTheMinifiedSampleBody() {
    NotifySigner signer = new NotifySigner(TestClients.partnerPrivateKey());
    byte[] pretty = SpecSamples.NOTIFY_REQUEST.getBytes(StandardCharsets.UTF_8);
    assertEquals(NOTIFY_SAMPLE_SIGNATURE,
        signer.sign("/v1.0/qr/qr-cpm-notify", pretty, "2020-12-23T08:46:11+07:00"));
    assertFalse(signer.toString().contains("MII"), "no key material in toString");
  }

  @Test
  void notifyVerifierAcceptsTheProvidersSignatureAndNothingElse() {
    NotifySignatureVerifier verifier = NotifySignatureVerifier
        .asymmetric(TestClients.partnerPublicKey());
    byte[] body = SpecSamples.NOTIFY_REQUEST.getBytes(StandardCharsets.UTF_8);
    String ts = "2020-12-23T08:46:11+07:00";
    String path = "/v1.0/qr/qr-cpm-notify";
    assertTrue(verifier.verify(path, body, headers(ts, NOTIFY_SAMPLE_SIGNATURE)));
    assertTrue(verifier.verify(path,
        JsonMinifier.minify(SpecSamples.NOTIFY_REQUEST).getBytes(StandardCharsets.UTF_8),
        headers(ts, NOTIFY_SAMPLE_SIGNATURE)), "pretty or minified, the same JSON");
    byte[] tampered = SpecSamples.NOTIFY_REQUEST.replace("50000.00", "5000000.00")
        .getBytes(StandardCharsets.UTF_8);
    assertFalse(verifier.verify(path, tampered, headers(ts, NOTIFY_SAMPLE_SIGNATURE)));
    assertFalse(
        verifier.verify("/snap/v1.0/qr/qr-cpm-notify", body, headers(ts, NOTIFY_SAMPLE_SIGNATURE)));
    assertFalse(
        verifier.verify(path, body, headers("2020-12-23T08:46:12+07:00", NOTIFY_SAMPLE_SIGNATURE)));
    assertFalse(verifier.verify(path, body, headers(ts, null)));
    assertFalse(verifier.verify(path, body, headers(null, NOTIFY_SAMPLE_SIGNATURE)));
    assertFalse(verifier.verify(path, body, headers(ts, "AAAA")));
  }

  @Test
  void notifySignedWithAnotherKeyIsRejected() {
    KeyPair other = Pem.newRsaKeyPair();
    byte[] body = SpecSamples.NOTIFY_REQUEST.getBytes(StandardCharsets.UTF_8);
    String forged = new NotifySigner(other.getPrivate()).sign("/v1.0/qr/qr-cpm-notify", body,
        "2020-12-23T08:46:11+07:00");
    assertFalse(NotifySignatureVerifier.asymmetric(TestClients.partnerPublicKey())
        .verify("/v1.0/qr/qr-cpm-notify", body, headers("2020-12-23T08:46:11+07:00", forged)));
  }

  /** Made by: {@code printf '%s' "POST:/v1.0/qr/qr-cpm-payment:<sha256 of PAYMENT_BODY>:2020-12-23T07:54:11+07:00" | openssl dgst -sha256 -sign partner-private.pem | base64 -w0}. */
  static final String ASYMMETRIC_PAYMENT_SIGNATURE = "BwMjPpUPSLHve7EpR13EUCz1zexNLkkSYCZJLTOIPNCPp1AzKCUpB00RuEHkDmio"
      + "u4iIpH5IGQCP//BlfoCQfM6o8EJGW3e4qf4QoKSE8/+1k3LlNhHr12VzsDJPwCDlfr191Bb0v01eYvT1n/mIq/yQ1ZkZ8NDIE84O4W4lNfWOAz"
      + "FF6tg2oIioTNWc0qs7E6BqcdAeq1tAwW5Wl0WLji3IdV92cQnjWSYel3kasZJLyURLznuO60CxbwY7MaqpCHRUXnpqxCzvNqQp3eW/iNeGO2no"
      + "avYr8sdOP8EAY7EJCsuEyzCt2Ro8JHKEugAhGGZ+ifL/0z735w7RcX1IHQ==";

  /** {@link TestClients#payment()} as the client serializes it. */
  static final String PAYMENT_BODY = "{\"partnerReferenceNo\":\"P1\",\"qrContent\":\"AAAA\",\"amount\":{\"value\":"
      + "\"10000.00\",\"currency\":\"IDR\"},\"merchantId\":\"M1\",\"expiryTime\":\"2020-12-23T07:55:11+07:00\"}";

  @Test
  void asymmetricRequestSignatureMatchesOpenssl() {
    String stringToSign = Signatures.asymmetricStringToSign("POST", "/v1.0/qr/qr-cpm-payment",
        PAYMENT_BODY.getBytes(StandardCharsets.UTF_8), "2020-12-23T07:54:11+07:00");
    assertEquals(ASYMMETRIC_PAYMENT_SIGNATURE,
        Signatures.rsaSign(TestClients.partnerPrivateKey(), stringToSign));
  }

  @Test
  void minifyKeepsWhitespaceInsideStrings() {
    assertEquals("{\"name\":\"John Doe\",\"q\":\"a \\\" b\",\"n\":[1,2]}",
        JsonMinifier
            .minify("{ \"name\" : \"John Doe\",\n  \"q\": \"a \\\" b\", \"n\": [ 1, 2 ] }"));
  }
}
