package id.cpmpos.config;

/** The property names of {@code terminal.properties}: a public contract, add but never rename. */
public final class ConfigKeys {
  public static final String PROVIDER_BASE_URL = "provider.baseUrl";
  public static final String PROVIDER_VERSION = "provider.version";
  public static final String PROVIDER_PUBLIC_KEY = "provider.publicKey";
  public static final String SIGNATURE_SCHEME = "provider.signatureScheme";
  public static final String PARTNER_ID = "partner.id";
  public static final String CLIENT_KEY = "client.key";
  public static final String CLIENT_SECRET = "client.secret";
  public static final String PARTNER_PRIVATE_KEY = "partner.privateKey";
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
  public static final String NOTIFY_PORT = "notify.port";
  public static final String NOTIFY_BIND_ADDRESS = "notify.bindAddress";
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

  private ConfigKeys() {}
}
