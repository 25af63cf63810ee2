package id.cpmpos.snap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import org.junit.jupiter.api.Test;

/**
 * Known answers computed outside this code: the HMAC vector is SNAP-NOTES.md's public one (also
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
    String stringToSign = Signatures.symmetricStringToSign("POST", "/v1.0/qr/qr-mpm-generate", "myaccesstoken",
        BODY.getBytes(StandardCharsets.UTF_8), "2024-03-05T10:37:16.196Z");
    assertEquals("wmzT7yjg1SxxCsxNsFgCR9SYXiZGGbceF6fV8xe97sAMHxZ+7OEBMIBmvb6Sj6GcksGp3iv77DiomgSbcST3XQ==",
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

  @Test
  void minifyKeepsWhitespaceInsideStrings() {
    assertEquals("{\"name\":\"John Doe\",\"q\":\"a \\\" b\",\"n\":[1,2]}",
        JsonMinifier.minify("{ \"name\" : \"John Doe\",\n  \"q\": \"a \\\" b\", \"n\": [ 1, 2 ] }"));
  }
}
