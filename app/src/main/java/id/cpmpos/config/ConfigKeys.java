package id.cpmpos.config;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The property names of {@code terminal.properties}: a public contract, add but never rename.
 *
 * <p>This is the one list of known keys. A key in a file that is not a constant here is refused
 * (a typo such as {@code client.secrett} would otherwise be ignored silently), so a new setting is
 * added by adding its constant here, and its row to the README's configuration table
 * ({@code ConfigKeysTest} checks both).
 */
public final class ConfigKeys {
  public static final String PROVIDER_BASE_URL = "provider.baseUrl";
  public static final String PROVIDER_VERSION = "provider.version";
  public static final String PROVIDER_PUBLIC_KEY = "provider.publicKey";
  public static final String SIGNATURE_SCHEME = "provider.signatureScheme";
  public static final String PROVIDER_TRUST_STORE = "provider.trustStore";
  public static final String PROVIDER_TRUST_STORE_PASSWORD = "provider.trustStorePassword";
  public static final String PROVIDER_PINS = "provider.pins";
  public static final String PARTNER_ID = "partner.id";
  public static final String CLIENT_KEY = "client.key";
  public static final String CLIENT_SECRET = "client.secret";
  public static final String CLIENT_SECRET_FILE = "client.secretFile";
  public static final String PARTNER_PRIVATE_KEY = "partner.privateKey";
  public static final String PARTNER_PUBLIC_KEY = "partner.publicKey";
  public static final String PARTNER_KEY_STORE = "partner.keyStore";
  public static final String PARTNER_KEY_ALIAS = "partner.keyAlias";
  public static final String PARTNER_KEY_STORE_PASSWORD_FILE = "partner.keyStorePasswordFile";
  public static final String CHANNEL_ID = "channel.id";
  public static final String ORIGIN = "origin";
  public static final String MERCHANT_ID = "merchant.id";
  public static final String SUB_MERCHANT_ID = "subMerchant.id";
  public static final String TERMINAL_ID = "terminal.id";
  public static final String EXTERNAL_STORE_ID = "externalStore.id";
  public static final String MERCHANT_NAME = "merchant.name";
  public static final String MERCHANT_LOCATION = "merchant.location";
  public static final String ACQUIRER_NAME = "acquirer.name";
  public static final String JOURNAL_PATH = "journal.path";
  public static final String LOG_DIR = "log.dir";
  public static final String NOTIFY_PORT = "notify.port";
  public static final String NOTIFY_BIND_ADDRESS = "notify.bindAddress";
  public static final String NOTIFY_MAX_CLOCK_SKEW_SECONDS = "notify.maxClockSkewSeconds";
  public static final String ZONE = "zone";
  public static final String CONNECT_TIMEOUT_MS = "http.connectTimeoutMs";
  public static final String READ_TIMEOUT_MS = "http.readTimeoutMs";
  public static final String LANGUAGE = "ui.language";
  public static final String NOT_FOUND_FINAL_SECONDS = "sync.notFoundFinalSeconds";
  public static final String SCANNER_WEBCAM = "scanner.webcam";
  public static final String SCANNER_WEBCAM_RESOLUTION = "scanner.webcam.resolution";
  public static final String SCANNER_SERIAL_PORT = "scanner.serial.port";
  public static final String SCANNER_SERIAL_BAUD = "scanner.serial.baud";
  public static final String SCANNER_SERIAL_TERMINATOR = "scanner.serial.terminator";
  public static final String SCANNER_WEDGE = "scanner.wedge";
  public static final String SCANNER_WEDGE_MAX_GAP_MS = "scanner.wedge.maxGapMs";
  public static final String SCANNER_WEDGE_MAX_MEAN_GAP_MS = "scanner.wedge.maxMeanGapMs";
  public static final String SCANNER_WEDGE_MIN_LENGTH = "scanner.wedge.minLength";
  public static final String SCANNER_WEDGE_PREFIX = "scanner.wedge.prefix";
  public static final String SCANNER_WEDGE_SUFFIX = "scanner.wedge.suffix";
  public static final String SALE_MAX_AMOUNT = "sale.maxAmount";
  public static final String UI_SOUND = "ui.sound";
  public static final String RECEIPT_PRINTER = "receipt.printer";
  public static final String RECEIPT_AUTO_PRINT = "receipt.autoPrint";
  public static final String SUPERVISOR_IDLE_MINUTES = "supervisor.idleMinutes";
  /** The chain ledger (PostgreSQL); unset = a terminal on its own, as before. Also read by {@code hq}. */
  public static final String CHAIN_JDBC_URL = "chain.jdbcUrl";
  public static final String CHAIN_USER = "chain.user";
  public static final String CHAIN_PASSWORD_FILE = "chain.passwordFile";
  public static final String CHAIN_BATCH_SIZE = "chain.batchSize";
  public static final String CHAIN_TIMEOUT_MS = "chain.timeoutMs";
  public static final String CHAIN_PUSH_INTERVAL_MS = "chain.pushIntervalMs";

  private ConfigKeys() {}

  private static final Set<String> ALL = collect();

  /** Every known key: the public static String constants of this class. */
  public static Set<String> all() {
    return ALL;
  }

  // Reflection rather than a second hand-kept list: a constant added above cannot be forgotten here.
  private static Set<String> collect() {
    Set<String> keys = new TreeSet<>();
    for (Field f : ConfigKeys.class.getDeclaredFields()) {
      int m = f.getModifiers();
      if (Modifier.isPublic(m) && Modifier.isStatic(m) && f.getType() == String.class) {
        try {
          keys.add((String) f.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return Collections.unmodifiableSet(keys);
  }
}
