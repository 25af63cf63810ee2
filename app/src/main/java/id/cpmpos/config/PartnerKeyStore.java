package id.cpmpos.config;

import java.nio.file.Path;

/**
 * The merchant's signing key in a PKCS#12 keystore instead of a PEM file.
 *
 * @param file {@code partner.keyStore}
 * @param alias {@code partner.keyAlias}; null: the keystore's only private-key entry
 * @param passwordFile {@code partner.keyStorePasswordFile}; null: the password is in the
 *     {@value #PASSWORD_ENV} environment variable
 */
public record PartnerKeyStore(Path file, String alias, Path passwordFile) {
  public static final String PASSWORD_ENV = "CPM_POS_KEYSTORE_PASSWORD";
}
