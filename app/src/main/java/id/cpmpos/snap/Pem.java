package id.cpmpos.snap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** Reads and writes RSA keys as PEM: PKCS#8 private keys, X.509 SubjectPublicKeyInfo public keys. */
public final class Pem {
  private Pem() {}

  public static PrivateKey readPrivateKey(Path file) throws IOException, GeneralSecurityException {
    byte[] der = decode(Files.readString(file, StandardCharsets.US_ASCII), "PRIVATE KEY");
    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
  }

  public static PublicKey readPublicKey(Path file) throws IOException, GeneralSecurityException {
    byte[] der = decode(Files.readString(file, StandardCharsets.US_ASCII), "PUBLIC KEY");
    return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
  }

  public static String encode(PrivateKey key) {
    return encode(key.getEncoded(), "PRIVATE KEY");
  }

  public static String encode(PublicKey key) {
    return encode(key.getEncoded(), "PUBLIC KEY");
  }

  public static KeyPair newRsaKeyPair() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA unavailable", e);
    }
  }

  private static String encode(byte[] der, String type) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  private static byte[] decode(String pem, String type) throws GeneralSecurityException {
    String begin = "-----BEGIN " + type + "-----";
    String end = "-----END " + type + "-----";
    int from = pem.indexOf(begin);
    int to = pem.indexOf(end);
    if (from < 0 || to < from) {
      throw new GeneralSecurityException("not a PEM " + type + " (expected " + begin + ")");
    }
    try {
      return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    } catch (IllegalArgumentException e) {
      throw new GeneralSecurityException("PEM body is not Base64", e);
    }
  }
}
