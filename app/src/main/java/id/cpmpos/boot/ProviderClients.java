package id.cpmpos.boot;

import id.cpmpos.config.ConfigException;
import id.cpmpos.config.ConfigKeys;
import id.cpmpos.config.ProviderTrust;
import id.cpmpos.config.TerminalConfig;
import id.cpmpos.snap.ExternalIdSource;
import id.cpmpos.snap.ProviderTls;
import id.cpmpos.snap.SignatureScheme;
import id.cpmpos.snap.SnapClient;
import id.cpmpos.snap.SnapSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * A configuration's protocol client, one way for the terminal and for {@code setup}'s connection
 * test: the provider's URL and version, the partner's ids and keys, the timeouts, and the TLS trust
 * read once from the configured trust store and pins.
 */
public final class ProviderClients {
  private ProviderClients() {}

  /**
   * The client for {@code config}, its request ids from {@code externalIds}; the device is the
   * terminal id at {@code ip} (see {@link #localAddress}).
   */
  static SnapClient client(TerminalConfig config, PrivateKey partnerKey, String ip, ProviderTls tls,
      ExternalIdSource externalIds, Clock clock) {
    HttpUrl provider = HttpUrl.get(config.provider().baseUrl());
    return new SnapClient(settings(config, partnerKey, provider, ip),
        tls.apply(SnapClient.defaultHttpClient(), provider), externalIds, clock);
  }

  private static SnapSettings settings(TerminalConfig config, PrivateKey partnerKey,
      HttpUrl provider, String ip) {
    TerminalConfig.Partner partner = config.partner();
    return new SnapSettings(provider, config.provider().version(), partner.id(),
        partner.clientKey(),
        partner.clientSecret(), partnerKey, partner.channelId(), partner.origin(),
        config.merchant().terminalId(), ip,
        null, null, config.zone(), config.http().connectTimeout(), config.http().readTimeout(),
        SignatureScheme.valueOf(config.provider().signatureScheme().toUpperCase(Locale.ROOT)));
  }

  /** The trust store is read once, at start: a file that cannot be read stops the terminal, naming the key. */
  public static ProviderTls tls(ProviderTrust trust) throws ConfigException {
    try {
      return ProviderTls.of(trust.trustStore(),
          trust.trustStorePassword() == null ? null : trust.trustStorePassword().toCharArray(),
          trust.pins());
    } catch (IOException | GeneralSecurityException e) {
      throw new ConfigException(ConfigKeys.PROVIDER_TRUST_STORE,
          "not a PEM bundle or PKCS#12 file of CA certificates (" + e.getMessage() + ")");
    }
  }

  /** This machine's address as the payment's scanner info and the signature headers give it. */
  static String localAddress() {
    try {
      return InetAddress.getLocalHost().getHostAddress();
    } catch (IOException e) {
      return "127.0.0.1";
    }
  }
}
