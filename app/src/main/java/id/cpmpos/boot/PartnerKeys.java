package id.cpmpos.boot;

import id.cpmpos.config.ConfigException;
import id.cpmpos.config.ConfigKeys;
import id.cpmpos.config.PartnerKeyStore;
import id.cpmpos.config.TerminalConfig;
import id.cpmpos.snap.Pem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The merchant's signing key, from a PKCS#8 PEM file or a PKCS#12 keystore, with the public key it
 * is claimed to pair with (partner.publicKey, else the keystore entry's certificate) for the doctor.
 * The keystore password is read from its owner-only file or the environment, used, and wiped.
 */
public final class PartnerKeys {
  /** @param claimedPublic null when neither partner.publicKey nor a certificate is there */
  public record Loaded(PrivateKey privateKey, PublicKey claimedPublic) {}

  private PartnerKeys() {}

  public static Loaded load(TerminalConfig config, Map<String, String> env) throws ConfigException {
    PublicKey configured = null;
    if (config.partner().publicKey() != null) {
      try {
        configured = Pem.readPublicKey(config.partner().publicKey());
      } catch (IOException | GeneralSecurityException e) {
        throw new ConfigException(ConfigKeys.PARTNER_PUBLIC_KEY,
            "not an RSA public key in PEM (" + e.getMessage() + ")");
      }
    }
    PartnerKeyStore store = config.partner().keyStore();
    if (store == null) {
      try {
        return new Loaded(Pem.readPrivateKey(config.partner().privateKey()), configured);
      } catch (IOException | GeneralSecurityException e) {
        throw new ConfigException(ConfigKeys.PARTNER_PRIVATE_KEY,
            "not a PKCS#8 RSA private key in PEM (" + e.getMessage() + ")");
      }
    }
    char[] password = password(store, env);
    try (InputStream in = Files.newInputStream(store.file())) {
      KeyStore p12 = KeyStore.getInstance("PKCS12");
      p12.load(in, password);
      String alias = store.alias() != null ? store.alias() : onlyKeyEntry(p12);
      Key key = p12.isKeyEntry(alias) ? p12.getKey(alias, password) : null;
      if (!(key instanceof PrivateKey privateKey) || !"RSA".equals(key.getAlgorithm())) {
        throw new ConfigException(
            store.alias() != null ? ConfigKeys.PARTNER_KEY_ALIAS : ConfigKeys.PARTNER_KEY_STORE,
            "no RSA private key under the alias '" + alias + "' in " + store.file());
      }
      Certificate cert = p12.getCertificate(alias);
      return new Loaded(privateKey,
          configured != null ? configured : cert == null ? null : cert.getPublicKey());
    } catch (IOException | GeneralSecurityException e) {
      // A wrong password shows as an IOException whose cause is an UnrecoverableKeyException.
      throw new ConfigException(ConfigKeys.PARTNER_KEY_STORE,
          "cannot open the PKCS#12 keystore " + store.file()
              + " (wrong password, or not a PKCS#12 file: " + e.getClass().getSimpleName() + ")");
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private static char[] password(PartnerKeyStore store, Map<String, String> env)
      throws ConfigException {
    if (store.passwordFile() != null) {
      try {
        return Files.readString(store.passwordFile(), StandardCharsets.UTF_8).strip().toCharArray();
      } catch (IOException e) {
        throw new ConfigException(ConfigKeys.PARTNER_KEY_STORE_PASSWORD_FILE,
            "cannot read " + store.passwordFile());
      }
    }
    String fromEnv = env.get(PartnerKeyStore.PASSWORD_ENV);
    if (fromEnv == null) {
      throw new ConfigException(ConfigKeys.PARTNER_KEY_STORE_PASSWORD_FILE,
          "the keystore's password is needed: name an "
              + "owner-only file holding it with partner.keyStorePasswordFile, or set "
              + PartnerKeyStore.PASSWORD_ENV);
    }
    return fromEnv.toCharArray();
  }

  private static String onlyKeyEntry(KeyStore p12)
      throws GeneralSecurityException, ConfigException {
    List<String> keys = new ArrayList<>();
    for (String alias : Collections.list(p12.aliases())) {
      if (p12.isKeyEntry(alias)) {
        keys.add(alias);
      }
    }
    if (keys.size() != 1) {
      throw new ConfigException(ConfigKeys.PARTNER_KEY_ALIAS, "the keystore holds " + keys.size()
          + " private keys " + keys + ": name one with partner.keyAlias");
    }
    return keys.get(0);
  }
}
