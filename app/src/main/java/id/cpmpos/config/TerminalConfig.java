package id.cpmpos.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The terminal's settings, read from {@code terminal.properties}, grouped as the keys are. Property
 * names are a public contract (README): installers' files and scripts depend on them.
 *
 * @param provider {@code provider.*}: where the provider is and how the terminal trusts it
 * @param partner who the terminal is to the provider: {@code partner.*}, {@code client.*},
 *     {@code channel.id}, {@code origin}
 * @param merchant the merchant and this terminal, sent with every payment
 * @param journalPath {@code journal.path}
 * @param notifyReceiver {@code notify.*}: the notify (79) receiver
 * @param http {@code http.*}: the timeouts towards the provider
 * @param zone time zone of {@code X-TIMESTAMP} and the journal
 * @param language {@code ui.language}
 * @param demo the embedded sandbox is the provider (demo mode); never set by a file
 * @param notFoundFinalAfter after this long, a payment the provider does not know is final: nothing was charged
 * @param scanners {@code scanner.*}
 * @param counter how the counter behaves: {@code sale.*}, {@code ui.sound}, {@code receipt.*},
 *     {@code supervisor.idleMinutes}
 */
public record TerminalConfig(
    Provider provider,
    Partner partner,
    Merchant merchant,
    Path journalPath,
    NotifyConfig notifyReceiver,
    Http http,
    ZoneId zone,
    String language,
    boolean demo,
    Duration notFoundFinalAfter,
    ScannerConfig scanners,
    CounterConfig counter) {

  /**
   * The provider, from {@code provider.*}.
   *
   * @param baseUrl including its prefix, without a trailing slash
   * @param version the API version after the prefix, e.g. {@code v1.0}
   * @param signatureScheme {@code symmetric} or {@code asymmetric}
   * @param publicKey PEM file of the provider's public key (verifies notifies); null if not given
   * @param trust extra CAs and pins for the TLS connection to the provider
   */
  public record Provider(String baseUrl, String version, String signatureScheme, Path publicKey,
      ProviderTrust trust) {}

  /**
   * Who this terminal is to the provider, and what it signs with.
   *
   * @param id {@code partner.id}, the {@code X-PARTNER-ID}
   * @param clientKey {@code client.key}
   * @param clientSecret {@code client.secret} or the content of {@code client.secretFile}
   * @param privateKey {@code partner.privateKey}; null when the key is in {@code keyStore}
   * @param publicKey {@code partner.publicKey}, as registered with the provider; null if not given
   * @param keyStore set instead of {@code privateKey} when the key is in a PKCS#12 keystore
   * @param channelId {@code channel.id}
   * @param origin the {@code ORIGIN} header
   */
  public record Partner(String id, String clientKey, String clientSecret, Path privateKey,
      Path publicKey,
      PartnerKeyStore keyStore, String channelId, String origin) {
    @Override
    public String toString() {
      return "Partner[id=" + id + ", clientKey=" + clientKey + ", clientSecret=***, channelId="
          + channelId + "]";
    }
  }

  /** The merchant and this terminal: {@code merchant.*}, {@code subMerchant.id}, {@code terminal.id}, … */
  public record Merchant(String id, String subMerchantId, String terminalId, String externalStoreId,
      String name,
      String location, String acquirerName) {}

  /** {@code http.connectTimeoutMs}, {@code http.readTimeoutMs}. */
  public record Http(Duration connectTimeout, Duration readTimeout) {}

  /**
   * This configuration with the settings a running terminal changes live (the settings screen):
   * language and the counter's behaviour; everything wired at start stays as it was.
   */
  public TerminalConfig withLive(String newLanguage, CounterConfig newCounter) {
    return new TerminalConfig(provider, partner, merchant, journalPath, notifyReceiver, http, zone,
        newLanguage, demo,
        notFoundFinalAfter, scanners, newCounter);
  }

  @Override
  public String toString() {
    return "TerminalConfig[provider=" + provider.baseUrl() + ", partnerId=" + partner.id()
        + ", merchantId="
        + merchant.id() + ", terminalId=" + merchant.terminalId() + ", journal=" + journalPath
        + ", clientSecret=***]";
  }
}
