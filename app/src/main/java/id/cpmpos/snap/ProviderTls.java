package id.cpmpos.snap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathValidatorException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.CertificatePinner;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * How the terminal trusts its provider over TLS. Verification is always on: the JDK's CA
 * certificates plus any the installer adds (a provider behind a private CA), and optionally the
 * provider's key pinned. There is deliberately no way to turn verification off.
 */
public final class ProviderTls {
  private final List<X509Certificate> extraCas;
  private final List<String> pins;

  private ProviderTls(List<X509Certificate> extraCas, List<String> pins) {
    this.extraCas = List.copyOf(extraCas);
    this.pins = List.copyOf(pins);
  }

  /** The JDK's trusted CAs, no pins. */
  public static ProviderTls system() {
    return new ProviderTls(List.of(), List.of());
  }

  /**
   * @param trustStore a PEM bundle of CA certificates or a PKCS#12 file; null for none
   * @param password the PKCS#12 file's password, null for none (ignored for PEM)
   * @param pins {@code sha256/BASE64} of the provider's SubjectPublicKeyInfo, any of which must match
   */
  public static ProviderTls of(Path trustStore, char[] password, List<String> pins)
      throws IOException, GeneralSecurityException {
    return new ProviderTls(trustStore == null ? List.of() : readCertificates(trustStore, password),
        pins);
  }

  public List<X509Certificate> extraCas() {
    return extraCas;
  }

  public List<String> pins() {
    return pins;
  }

  /** A client for {@code provider} with this trust; the base client's other settings are kept. */
  public OkHttpClient apply(OkHttpClient base, HttpUrl provider) {
    OkHttpClient.Builder b = base.newBuilder();
    if (!extraCas.isEmpty()) {
      X509TrustManager trust = trustManager(extraCas);
      try {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[]{trust}, null);
        b.sslSocketFactory(tls.getSocketFactory(), trust);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("TLS is not available in this Java runtime", e);
      }
    }
    if (!pins.isEmpty()) {
      CertificatePinner.Builder pinner = new CertificatePinner.Builder();
      for (String pin : pins) {
        pinner.add(provider.host(), pin);
      }
      b.certificatePinner(pinner.build());
    }
    return b.build();
  }

  /**
   * Says in words why a TLS connection to the provider failed, or null when {@code e} is not a TLS
   * failure. Both happen in the handshake, before the request is written.
   */
  public static String describeFailure(IOException e) {
    if (e instanceof SSLPeerUnverifiedException) {
      String m = String.valueOf(e.getMessage());
      if (m.startsWith("Certificate pinning failure")) {
        return "TLS: the provider's key matches none of provider.pins (pin mismatch); nothing was sent";
      }
      return "TLS: the provider's certificate is not for this host (" + firstLine(m)
          + "); nothing was sent";
    }
    if (e instanceof SSLHandshakeException) {
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof CertificateException || c instanceof CertPathValidatorException
            || c.getClass().getName()
                .equals("sun.security.provider.certpath.SunCertPathBuilderException")) {
          return "TLS: the provider's certificate is not trusted (untrusted certificate; add its CA with "
              + "provider.trustStore); nothing was sent";
        }
      }
      return "TLS: handshake with the provider failed (" + firstLine(String.valueOf(e.getMessage()))
          + "); nothing was sent";
    }
    return null;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** The JDK's anchors and the extra ones together: a private CA is added to, never replaces, the rest. */
  private static X509TrustManager trustManager(List<X509Certificate> extra) {
    try {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int n = 0;
      for (X509Certificate ca : systemTrustManager().getAcceptedIssuers()) {
        store.setCertificateEntry("system-" + n++, ca);
      }
      for (X509Certificate ca : extra) {
        store.setCertificateEntry("extra-" + n++, ca);
      }
      return x509(store);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot build the TLS trust store", e);
    }
  }

  private static X509TrustManager systemTrustManager() throws GeneralSecurityException {
    return x509(null);
  }

  private static X509TrustManager x509(KeyStore store) throws GeneralSecurityException {
    TrustManagerFactory f = TrustManagerFactory
        .getInstance(TrustManagerFactory.getDefaultAlgorithm());
    f.init(store);
    for (TrustManager m : f.getTrustManagers()) {
      if (m instanceof X509TrustManager x) {
        return x;
      }
    }
    throw new GeneralSecurityException("no X.509 trust manager");
  }

  /** A PEM bundle (one or more CERTIFICATE blocks) or a PKCS#12 file's certificate entries. */
  static List<X509Certificate> readCertificates(Path file, char[] password)
      throws IOException, GeneralSecurityException {
    byte[] bytes = Files.readAllBytes(file);
    List<X509Certificate> out = new ArrayList<>();
    if (new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
        .contains("-----BEGIN")) {
      for (Certificate c : CertificateFactory.getInstance("X.509")
          .generateCertificates(new ByteArrayInputStream(bytes))) {
        out.add((X509Certificate) c);
      }
    } else {
      KeyStore p12 = KeyStore.getInstance("PKCS12");
      p12.load(new ByteArrayInputStream(bytes), password);
      for (String alias : Collections.list(p12.aliases())) {
        Certificate c = p12.getCertificate(alias);
        if (c instanceof X509Certificate x) {
          out.add(x);
        }
      }
    }
    if (out.isEmpty()) {
      throw new GeneralSecurityException("no certificate in " + file.getFileName());
    }
    return out;
  }
}
