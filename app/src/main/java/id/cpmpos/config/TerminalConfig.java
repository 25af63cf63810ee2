package id.cpmpos.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The terminal's settings, read from {@code terminal.properties}. Property names are a public
 * contract (README): installers' files and scripts depend on them.
 */
public record TerminalConfig(
    String providerBaseUrl,
    String providerVersion,
    String signatureScheme,
    Path providerPublicKey,
    String partnerId,
    String clientKey,
    String clientSecret,
    Path partnerPrivateKey,
    String channelId,
    String origin,
    String merchantId,
    String subMerchantId,
    String terminalId,
    String externalStoreId,
    String merchantName,
    String merchantLocation,
    String acquirerName,
    Path journalPath,
    int notifyPort,
    String notifyBindAddress,
    ZoneId zone,
    Duration connectTimeout,
    Duration readTimeout,
    String language,
    boolean demo,
    /** After this long, a payment the provider does not know is final: nothing was charged. */
    Duration notFoundFinalAfter,
    ScannerConfig scanners,
    /** How far a notify's X-TIMESTAMP may be from this terminal's clock, either way. */
    Duration notifyMaxClockSkew,
    CounterConfig counter,
    /** Extra CAs and pins for the TLS connection to the provider. */
    ProviderTrust trust,
    /** The public half of {@code partnerPrivateKey}, as registered with the provider; null if not given. */
    Path partnerPublicKey,
    /** Set instead of {@code partnerPrivateKey} (then null) when the key is in a PKCS#12 keystore. */
    PartnerKeyStore partnerKeyStore) {

  /**
   * This configuration with the settings a running terminal changes live (the settings screen):
   * language and the counter's behaviour; everything wired at start stays as it was.
   */
  public TerminalConfig withLive(String newLanguage, CounterConfig newCounter) {
    return new TerminalConfig(providerBaseUrl, providerVersion, signatureScheme, providerPublicKey, partnerId,
        clientKey, clientSecret, partnerPrivateKey, channelId, origin, merchantId, subMerchantId, terminalId,
        externalStoreId, merchantName, merchantLocation, acquirerName, journalPath, notifyPort, notifyBindAddress,
        zone, connectTimeout, readTimeout, newLanguage, demo, notFoundFinalAfter, scanners, notifyMaxClockSkew,
        newCounter, trust, partnerPublicKey, partnerKeyStore);
  }

  @Override
  public String toString() {
    return "TerminalConfig[provider=" + providerBaseUrl + ", partnerId=" + partnerId + ", merchantId="
        + merchantId + ", terminalId=" + terminalId + ", journal=" + journalPath + ", clientSecret=***]";
  }
}
