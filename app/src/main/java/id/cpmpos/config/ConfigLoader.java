package id.cpmpos.config;

import static id.cpmpos.config.ConfigKeys.*;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads and validates {@code terminal.properties}. The first problem found is reported with the key
 * that holds it. Relative file paths are resolved against the directory of the configuration file,
 * so a configuration and its key files can move together.
 */
public final class ConfigLoader {
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");
  private static final Pattern CHANNEL = Pattern.compile("\\d{5}");

  private ConfigLoader() {}

  public static TerminalConfig load(Path file) throws ConfigException {
    Properties p = read(file);
    checkKnownKeys(p);
    if (p.containsKey(CLIENT_SECRET)) {
      OwnerOnly.check(CLIENT_SECRET, file.toAbsolutePath());
    }
    return fromProperties(p, file.toAbsolutePath().getParent());
  }

  static TerminalConfig fromProperties(Properties p, Path baseDir) throws ConfigException {
    checkKnownKeys(p);
    Keys r = new Keys(p, baseDir);
    String baseUrl = r.required(PROVIDER_BASE_URL, 2048);
    checkUrl(baseUrl);
    String terminalId = r.required(TERMINAL_ID, 32);
    NotifyConfig notifyReceiver = notifyReceiver(r, 0);
    TerminalConfig.Provider provider = new TerminalConfig.Provider(
        baseUrl.replaceAll("/+$", ""),
        r.optional(PROVIDER_VERSION, 8, "v1.0"),
        r.oneOf(SIGNATURE_SCHEME, "symmetric", "symmetric", "asymmetric"),
        notifyReceiver.port() > 0
            ? r.existingFile(PROVIDER_PUBLIC_KEY)
            : r.optionalFile(PROVIDER_PUBLIC_KEY),
        trust(r));
    TerminalConfig.Partner partner = new TerminalConfig.Partner(
        r.required(PARTNER_ID, 64),
        r.required(CLIENT_KEY, 128),
        r.clientSecret(),
        r.has(PARTNER_KEY_STORE)
            ? r.none(PARTNER_PRIVATE_KEY, PARTNER_KEY_STORE)
            : r.secretFile(PARTNER_PRIVATE_KEY),
        r.optionalFile(PARTNER_PUBLIC_KEY),
        r.has(PARTNER_KEY_STORE)
            ? new PartnerKeyStore(r.secretFile(PARTNER_KEY_STORE),
                r.optional(PARTNER_KEY_ALIAS, 128, null),
                r.has(PARTNER_KEY_STORE_PASSWORD_FILE)
                    ? r.secretFile(PARTNER_KEY_STORE_PASSWORD_FILE)
                    : null)
            : null,
        r.matching(CHANNEL_ID, CHANNEL, "five digits"),
        r.optional(ORIGIN, 255, "cpm-pos"));
    TerminalConfig.Merchant merchant = new TerminalConfig.Merchant(
        r.required(MERCHANT_ID, 64),
        r.optional(SUB_MERCHANT_ID, 32, null),
        terminalId,
        r.optional(EXTERNAL_STORE_ID, 64, null),
        r.optional(MERCHANT_NAME, 64, null),
        r.optional(MERCHANT_LOCATION, 64, null),
        r.optional(ACQUIRER_NAME, 64, null));
    TerminalConfig.Http http = new TerminalConfig.Http(
        Duration.ofMillis(r.integer(CONNECT_TIMEOUT_MS, 5_000, 100, 120_000)),
        Duration.ofMillis(r.integer(READ_TIMEOUT_MS, 20_000, 100, 300_000)));
    return new TerminalConfig(provider, partner, merchant,
        r.path(JOURNAL_PATH, ConfigPaths.defaultDataDir().resolve("journal.db")),
        notifyReceiver,
        http,
        r.zone(),
        r.optional(LANGUAGE, 8, "id"),
        false,
        Duration.ofSeconds(r.integer(NOT_FOUND_FINAL_SECONDS, 180, 0, 86_400)),
        scanners(r),
        counter(r));
  }

  /** {@code notify.*}: a terminal's receiver is off by default, hq's listens on {@code defaultPort}. */
  static NotifyConfig notifyReceiver(Keys r, int defaultPort) throws ConfigException {
    return new NotifyConfig(
        r.integer(NOTIFY_PORT, defaultPort, 0, 65535),
        r.optional(NOTIFY_BIND_ADDRESS, 64, "127.0.0.1"),
        Duration.ofSeconds(r.integer(NOTIFY_MAX_CLOCK_SKEW_SECONDS, 300, 10, 3_600)));
  }

  private static final Pattern PIN = Pattern.compile("sha256/[A-Za-z0-9+/]{43}=");

  private static ProviderTrust trust(Keys r) throws ConfigException {
    List<String> pins = new ArrayList<>();
    String raw = r.optional(PROVIDER_PINS, 4096, "");
    for (String pin : raw.split(",")) {
      String p = pin.trim();
      if (p.isEmpty()) {
        continue;
      }
      if (!PIN.matcher(p).matches()) {
        throw new ConfigException(PROVIDER_PINS,
            "each pin must be sha256/ and the Base64 of 32 bytes "
                + "(44 characters ending in =), comma-separated; this one is not: '" + p + "'");
      }
      pins.add(p);
    }
    return new ProviderTrust(r.optionalFile(PROVIDER_TRUST_STORE),
        r.optional(PROVIDER_TRUST_STORE_PASSWORD, 256, null),
        pins);
  }

  private static final Pattern RESOLUTION = Pattern.compile("\\d{3,4}x\\d{3,4}");

  private static ScannerConfig scanners(Keys r) throws ConfigException {
    ScannerConfig d = ScannerConfig.DEFAULTS;
    String webcam = r.optional(SCANNER_WEBCAM, 255, d.webcam());
    if (webcam.startsWith("files:")) {
      webcam = "files:" + r.baseDir().resolve(webcam.substring("files:".length())).normalize();
    }
    String resolution = r.optional(SCANNER_WEBCAM_RESOLUTION, 16, d.webcamResolution())
        .toLowerCase(Locale.ROOT);
    if (!RESOLUTION.matcher(resolution).matches()) {
      throw new ConfigException(SCANNER_WEBCAM_RESOLUTION,
          "must be WIDTHxHEIGHT, e.g. 640x480 or 1280x720, was '"
              + resolution + "'");
    }
    return new ScannerConfig(
        webcam,
        resolution,
        r.optional(SCANNER_SERIAL_PORT, 255, null),
        r.integer(SCANNER_SERIAL_BAUD, d.serialBaud(), 300, 4_000_000),
        r.oneOf(SCANNER_SERIAL_TERMINATOR, d.serialTerminator(), "CR", "LF", "CRLF"),
        !"off".equals(r.oneOf(SCANNER_WEDGE, "on", "on", "off")),
        r.integer(SCANNER_WEDGE_MAX_GAP_MS, d.wedgeMaxGapMs(), 5, 500),
        r.integer(SCANNER_WEDGE_MAX_MEAN_GAP_MS, d.wedgeMaxMeanGapMs(), 2, 200),
        r.integer(SCANNER_WEDGE_MIN_LENGTH, d.wedgeMinLength(), 1, 4096),
        r.raw(SCANNER_WEDGE_PREFIX, d.wedgePrefix()),
        r.raw(SCANNER_WEDGE_SUFFIX, d.wedgeSuffix()));
  }

  /** The properties of {@code file}, unvalidated; a file that cannot be read is refused as {@code --config}. */
  static Properties read(Path file) throws ConfigException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException("--config", "cannot read " + file + " (" + e.getMessage() + ")");
    }
    return p;
  }

  /** A misspelt key is refused: ignored, it would leave its setting at a default nobody chose. */
  static void checkKnownKeys(Properties p) throws ConfigException {
    for (String key : new TreeSet<>(p.stringPropertyNames())) {
      if (!ConfigKeys.all().contains(key)) {
        throw new ConfigException(key, "unknown key; the closest known key is "
            + ClosestKey.to(key, ConfigKeys.all())
            + " (the README's configuration table lists them all)");
      }
    }
  }

  /**
   * The counter's settings alone ({@code sale.*}, {@code ui.sound}, {@code receipt.*},
   * {@code supervisor.idleMinutes}), validated exactly as a start reads them: the settings screen
   * in demo mode, which has no file to validate as a whole.
   */
  public static CounterConfig counterSettings(Properties p) throws ConfigException {
    checkKnownKeys(p);
    return counter(new Keys(p, Path.of("").toAbsolutePath()));
  }

  private static final Pattern LOOPBACK_V4 = Pattern
      .compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

  /**
   * https only, except to this machine: over plain http the B2B token and every signature would
   * cross the network readable by anyone on the way. Loopback (the sandbox) never leaves the host.
   */
  private static CounterConfig counter(Keys r) throws ConfigException {
    CounterConfig d = CounterConfig.DEFAULTS;
    String max = r.optional(SALE_MAX_AMOUNT, 24, null);
    BigDecimal limit = d.saleMaxAmount();
    if (max != null) {
      // The machine's notation, as in the CLI's --amount: 10000000 or 10000000.00, no grouping.
      if (!max.matches("\\d{1,16}(\\.\\d{1,2})?") || new BigDecimal(max).signum() <= 0) {
        throw new ConfigException(SALE_MAX_AMOUNT,
            "must be an amount in rupiah above zero, digits with at most two"
                + " decimals after a dot, e.g. 10000000 or 2500000.00; was '" + max + "'");
      }
      limit = new BigDecimal(max).setScale(2);
    }
    String printer = r.optional(RECEIPT_PRINTER, 256, null);
    // The receipt package parses the spec when it prints; here only its shape, so a typo stops the
    // start rather than the first receipt.
    if (printer != null && !printer.matches("(serial:.+|tcp:[^:]+:\\d{1,5}|file:.+)")) {
      throw new ConfigException(RECEIPT_PRINTER,
          "must be serial:PORT, tcp:HOST:PORT or file:PATH; was '" + printer + "'");
    }
    boolean autoPrint = "on".equals(r.oneOf(RECEIPT_AUTO_PRINT, "off", "on", "off"));
    if (autoPrint && printer == null) {
      throw new ConfigException(RECEIPT_AUTO_PRINT,
          "is on but receipt.printer is not set: say where receipts go");
    }
    String idle = r.optional(SUPERVISOR_IDLE_MINUTES, 3, null);
    Duration supervisorIdle = d.supervisorIdle();
    if (idle != null) {
      if (!idle.matches("\\d{1,3}") || Integer.parseInt(idle) < 1 || Integer.parseInt(idle) > 60) {
        throw new ConfigException(SUPERVISOR_IDLE_MINUTES,
            "must be whole minutes from 1 to 60; was '" + idle + "'");
      }
      supervisorIdle = Duration.ofMinutes(Integer.parseInt(idle));
    }
    return new CounterConfig(limit, !"off".equals(r.oneOf(UI_SOUND, "on", "on", "off")), printer,
        autoPrint,
        supervisorIdle);
  }

  private static void checkUrl(String url) throws ConfigException {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new ConfigException(PROVIDER_BASE_URL, "is not a URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!("http".equals(scheme) || "https".equals(scheme)) || uri.getHost() == null) {
      throw new ConfigException(PROVIDER_BASE_URL,
          "must be an https URL, for example https://api.example.co.id/snap");
    }
    if ("http".equals(scheme) && !isLoopback(uri.getHost())) {
      throw new ConfigException(PROVIDER_BASE_URL,
          "must use https:// (http:// is allowed only to this computer: "
              + "localhost, 127.0.0.1, [::1]); over http the token and signatures would cross the network in clear");
    }
  }

  /** By name only, never by a DNS lookup: a resolver may answer anything. */
  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return "localhost".equals(h) || "[::1]".equals(h) || "::1".equals(h)
        || LOOPBACK_V4.matcher(h).matches();
  }

  /** Typed, validating access to the raw properties. */
  record Keys(Properties p, Path baseDir) {
    String required(String key, int maxLength) throws ConfigException {
      String v = value(key);
      if (v == null) {
        throw new ConfigException(key, "missing (required)");
      }
      return checkLength(key, v, maxLength);
    }

    String optional(String key, int maxLength, String fallback) throws ConfigException {
      String v = value(key);
      return v == null ? fallback : checkLength(key, v, maxLength);
    }

    String matching(String key, Pattern pattern, String what) throws ConfigException {
      String v = required(key, 64);
      if (!pattern.matcher(v).matches()) {
        throw new ConfigException(key, "must be " + what + ", was '" + v + "'");
      }
      return v;
    }

    String oneOf(String key, String fallback, String... allowed) throws ConfigException {
      String v = value(key);
      if (v == null) {
        return fallback;
      }
      for (String a : allowed) {
        if (a.equalsIgnoreCase(v)) {
          return a;
        }
      }
      throw new ConfigException(key,
          "must be one of " + String.join(", ", allowed) + ", was '" + v + "'");
    }

    int integer(String key, int fallback, int min, int max) throws ConfigException {
      String v = value(key);
      if (v == null) {
        return fallback;
      }
      try {
        int n = Integer.parseInt(v);
        if (n < min || n > max) {
          throw new ConfigException(key, "must be between " + min + " and " + max + ", was " + n);
        }
        return n;
      } catch (NumberFormatException e) {
        throw new ConfigException(key, "must be a whole number, was '" + v + "'");
      }
    }

    Path existingFile(String key) throws ConfigException {
      Path f = path(key, null);
      if (f == null) {
        throw new ConfigException(key, "missing (required: path to a PEM file)");
      }
      if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
        throw new ConfigException(key, "file not found or not readable: " + f);
      }
      return f;
    }

    boolean has(String key) {
      return value(key) != null;
    }

    /** Null, after checking that {@code key} is not given together with {@code instead}. */
    <T> T none(String key, String instead) throws ConfigException {
      if (has(key)) {
        throw new ConfigException(key, "give " + key + " or " + instead + ", not both");
      }
      return null;
    }

    /** {@code client.secret}, or the content of the owner-only file named by {@code client.secretFile}. */
    String clientSecret() throws ConfigException {
      if (!has(CLIENT_SECRET_FILE)) {
        return required(CLIENT_SECRET, 512);
      }
      none(CLIENT_SECRET, CLIENT_SECRET_FILE);
      Path f = secretFile(CLIENT_SECRET_FILE);
      try {
        String secret = Files.readString(f, StandardCharsets.UTF_8).strip();
        if (secret.isEmpty()) {
          throw new ConfigException(CLIENT_SECRET_FILE, f + " is empty");
        }
        return checkLength(CLIENT_SECRET_FILE, secret, 512);
      } catch (IOException e) {
        throw new ConfigException(CLIENT_SECRET_FILE,
            "cannot read " + f + " (" + e.getMessage() + ")");
      }
    }

    /** A file that holds a secret: it must exist and be the owner's alone. */
    Path secretFile(String key) throws ConfigException {
      Path f = existingFile(key);
      OwnerOnly.check(key, f);
      return f;
    }

    Path optionalFile(String key) throws ConfigException {
      return value(key) == null ? null : existingFile(key);
    }

    Path path(String key, Path fallback) {
      String v = value(key);
      return v == null ? fallback : baseDir.resolve(v).normalize();
    }

    ZoneId zone() throws ConfigException {
      String v = value(ZONE);
      try {
        return v == null ? DEFAULT_ZONE : ZoneId.of(v);
      } catch (DateTimeException e) {
        throw new ConfigException(ZONE,
            "unknown time zone '" + v + "' (for example Asia/Jakarta, Asia/Makassar)");
      }
    }

    /** Untrimmed: a scanner's prefix or suffix may be a space or a tab. */
    String raw(String key, String fallback) throws ConfigException {
      String v = p.getProperty(key);
      return v == null || v.isEmpty() ? fallback : checkLength(key, v, 16);
    }

    private String value(String key) {
      String v = p.getProperty(key);
      return v == null || v.isBlank() ? null : v.trim();
    }

    private static String checkLength(String key, String v, int max) throws ConfigException {
      if (v.length() > max) {
        throw new ConfigException(key, "longer than " + max + " characters");
      }
      return v;
    }
  }
}
