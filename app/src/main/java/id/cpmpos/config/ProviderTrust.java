package id.cpmpos.config;

import java.nio.file.Path;
import java.util.List;

/**
 * What the terminal trusts on top of the JDK's CAs when it connects to its provider.
 *
 * @param trustStore {@code provider.trustStore}: a PEM bundle or PKCS#12 file of CA certificates; null for none
 * @param trustStorePassword {@code provider.trustStorePassword}: the PKCS#12 file's password, null for none
 * @param pins {@code provider.pins}: {@code sha256/BASE64} SubjectPublicKeyInfo hashes; empty for no pinning
 */
public record ProviderTrust(Path trustStore, String trustStorePassword, List<String> pins) {
  public static final ProviderTrust SYSTEM = new ProviderTrust(null, null, List.of());

  public ProviderTrust {
    pins = List.copyOf(pins);
  }

  @Override
  public String toString() {
    return "ProviderTrust[trustStore=" + trustStore + ", pins=" + pins + "]";
  }
}
