package id.cpmpos.sandbox;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * What a provider issues to a merchant at onboarding, made fresh for every sandbox: the partner's
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

  public static SandboxCredentials generate() {
    SecureRandom random = new SecureRandom();
    return new SandboxCredentials(
        digits(random, 16),
        "sandbox-client-" + hex(random, 8),
        hex(random, 32),
        id.cpmpos.snap.Pem.newRsaKeyPair(),
        id.cpmpos.snap.Pem.newRsaKeyPair(),
        "95221",
        "00007100010926");
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
    return "SandboxCredentials[partnerId=" + partnerId + ", clientKey=" + clientKey + ", clientSecret=***]";
  }
}
