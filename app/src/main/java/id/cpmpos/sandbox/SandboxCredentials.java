package id.cpmpos.sandbox;

import id.cpmpos.snap.Pem;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a provider issues to a merchant at onboarding, made fresh for every sandbox (the demo's are kept): the partner's
 * RSA key pair (the sandbox keeps the public half), client key and secret, and the provider's own
 * key pair for signing notifications.
 */
public record SandboxCredentials(
    String partnerId,
    String clientKey,
    String clientSecret,
    KeyPair partnerKeys,
    KeyPair providerKeys,
    String channelId,
    String merchantId) {
  private static final Logger log = LoggerFactory.getLogger(SandboxCredentials.class);

  public static SandboxCredentials generate() {
    return generate(Pem.newRsaKeyPair(), Pem.newRsaKeyPair());
  }

  /** New ids and secret around the given key pairs; tests pass pairs made once. */
  static SandboxCredentials generate(KeyPair partnerKeys, KeyPair providerKeys) {
    SecureRandom random = new SecureRandom();
    return new SandboxCredentials(
        digits(random, 16),
        "sandbox-client-" + hex(random, 8),
        hex(random, 32),
        partnerKeys,
        providerKeys,
        "95221",
        "00007100010926");
  }

  /**
   * The demo's credentials, kept in {@code file} (owner-only) so that only the first demo start pays
   * for two 2048-bit RSA key pairs (about half a second of a quiet core, many seconds of a busy one);
   * a file that is missing or cannot be read is replaced by fresh credentials. They guard nothing: the
   * demo's sandbox listens on loopback and moves no money.
   */
  public static SandboxCredentials loadOrGenerate(Path file) {
    return loadOrGenerate(file, SandboxCredentials::generate);
  }

  static SandboxCredentials loadOrGenerate(Path file, Supplier<SandboxCredentials> generator) {
    try {
      if (Files.isRegularFile(file)) {
        return read(file);
      }
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      log.warn("demo credentials at {} unreadable ({}); making new ones", file,
          e.getClass().getSimpleName());
    }
    SandboxCredentials fresh = generator.get();
    try {
      fresh.write(file);
    } catch (IOException e) {
      log.warn("cannot keep the demo credentials at {}: {}", file, e.getMessage());
    }
    return fresh;
  }

  private static SandboxCredentials read(Path file) throws IOException, GeneralSecurityException {
    Properties p = new Properties();
    try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return new SandboxCredentials(required(p, "partnerId"), required(p, "clientKey"),
        required(p, "clientSecret"),
        keyPair(required(p, "partnerKey")), keyPair(required(p, "providerKey")),
        required(p, "channelId"),
        required(p, "merchantId"));
  }

  private void write(Path file) throws IOException {
    Properties p = new Properties();
    p.setProperty("partnerId", partnerId);
    p.setProperty("clientKey", clientKey);
    p.setProperty("clientSecret", clientSecret);
    p.setProperty("partnerKey",
        Base64.getEncoder().encodeToString(partnerKeys.getPrivate().getEncoded()));
    p.setProperty("providerKey",
        Base64.getEncoder().encodeToString(providerKeys.getPrivate().getEncoded()));
    p.setProperty("channelId", channelId);
    p.setProperty("merchantId", merchantId);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.deleteIfExists(tmp);
    if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(tmp,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(tmp);
    }
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      p.store(w,
          "cpm-pos demo: the embedded sandbox's credentials (loopback only, no money moves)");
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static String required(Properties p, String key) throws IOException {
    String v = p.getProperty(key);
    if (v == null || v.isBlank()) {
      throw new IOException("no " + key);
    }
    return v;
  }

  /** The pair from its private half: an RSA private key in PKCS#8 carries the modulus and public exponent. */
  private static KeyPair keyPair(String pkcs8) throws GeneralSecurityException {
    KeyFactory rsa = KeyFactory.getInstance("RSA");
    RSAPrivateCrtKey priv = (RSAPrivateCrtKey) rsa.generatePrivate(
        new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pkcs8)));
    PublicKey pub = rsa
        .generatePublic(new RSAPublicKeySpec(priv.getModulus(), priv.getPublicExponent()));
    return new KeyPair(pub, priv);
  }

  private static String hex(SecureRandom random, int bytes) {
    byte[] b = new byte[bytes];
    random.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  private static String digits(SecureRandom random, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(random.nextInt(10));
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "SandboxCredentials[partnerId=" + partnerId + ", clientKey=" + clientKey
        + ", clientSecret=***]";
  }
}
