package id.cpmpos.doctor;

import id.cpmpos.boot.PartnerKeys;
import id.cpmpos.boot.ProviderClients;
import id.cpmpos.boot.TerminalContext;
import id.cpmpos.config.ConfigException;
import id.cpmpos.config.ConfigKeys;
import id.cpmpos.config.ConfigLoader;
import id.cpmpos.config.ConfigPaths;
import id.cpmpos.config.TerminalConfig;
import id.cpmpos.i18n.Messages;
import id.cpmpos.journal.AuditReport;
import id.cpmpos.scanner.camera.WebcamFrameSource;
import id.cpmpos.snap.CallOutcome;
import id.cpmpos.snap.Pem;
import id.cpmpos.snap.ProviderTls;
import id.cpmpos.snap.QueryRequest;
import id.cpmpos.snap.QueryResponse;
import id.cpmpos.snap.ResponseCatalogue;
import id.cpmpos.snap.TokenResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Checks that a terminal is ready for the counter, one check at a time, each with what it found and
 * how to fix it: configuration, key files, provider reachable, TLS, token, signature (the client
 * secret), clock, journal, notify port, scanners. Nothing it does moves money: the signed call is a
 * status query for a reference that does not exist.
 */
public final class Doctor {
  /** SNAP signatures carry X-TIMESTAMP; providers refuse a request whose time is too far off. */
  static final Duration MAX_CLOCK_OFFSET = Duration.ofSeconds(30);

  private final Clock clock;
  private final Map<String, String> env;
  private Messages m;

  /**
   * @param env the environment, for a keystore password given there
   * @param beforeConfig the language until a configuration names one (the console's, on the CLI)
   */
  public Doctor(Clock clock, Map<String, String> env, Messages beforeConfig) {
    this.clock = clock;
    this.env = env;
    this.m = beforeConfig;
  }

  /** The language of the last report: the configuration's, or the one given when there was none. */
  public Messages messages() {
    return m;
  }

  /** @param configFile the {@code --config} given, or null for the default file */
  public DoctorReport examine(Path configFile) {
    List<Check> checks = new ArrayList<>();
    Path file = configFile != null ? configFile : ConfigPaths.defaultConfigFile();
    TerminalConfig config;
    try {
      if (!Files.isRegularFile(file)) {
        checks.add(Check.fail("config", m.get("doctor.config.missing", file),
            m.get("doctor.config.missing.fix")));
        return new DoctorReport(checks);
      }
      config = ConfigLoader.load(file);
      m = Messages.forLanguage(config.language());
      checks.add(Check.pass("config", m.get("doctor.config.ok", file)));
    } catch (ConfigException e) {
      checks.add(configProblem(e, file));
      return new DoctorReport(checks);
    }
    checks.add(keys(config));
    checks.add(reachable(config));
    ProviderProbe probe;
    Check tls;
    try {
      probe = probe(config);
      tls = probe.tls();
    } catch (ConfigException e) {
      probe = new ProviderProbe(null, null, null);
      tls = configProblem(e, file);
    }
    checks.add(tls);
    try (TerminalContext terminal = TerminalContext.open(file, clock)) {
      checks.add(token(terminal));
      checks.add(signature(terminal));
      checks.add(clock(probe));
      checks.add(journal(terminal));
    } catch (ConfigException e) {
      checks.add(configProblem(e, file));
    } catch (RuntimeException e) {
      checks.add(
          Check.fail("journal", e.getMessage(), m.get("doctor.journal.fix", config.journalPath())));
    }
    checks.add(notifyPort(config));
    checks.add(scanners(config));
    return new DoctorReport(checks);
  }

  /**
   * A problem with a key file or a secret (unreadable, readable by others) is the keys check's; the
   * loader's message carries the exact fix (e.g. the chmod command), which becomes the fix.
   */
  private Check configProblem(ConfigException e, Path file) {
    String message = e.getMessage();
    int fixAt = message.indexOf(FIX_MARK);
    String fix = fixAt >= 0
        ? message.substring(fixAt + FIX_MARK.length())
        : m.get("doctor.config.fix", e.key(), file);
    String detail = fixAt >= 0 ? message.substring(0, fixAt).replaceAll("[;,: ]+$", "") : message;
    return Check.fail(SECRET_KEYS.contains(e.key()) ? "keys" : "config", detail, fix);
  }

  private static final String FIX_MARK = "fix it with: ";
  private static final Set<String> SECRET_KEYS = Set.of(ConfigKeys.PARTNER_PRIVATE_KEY,
      ConfigKeys.PARTNER_PUBLIC_KEY, ConfigKeys.PROVIDER_PUBLIC_KEY, ConfigKeys.CLIENT_SECRET,
      ConfigKeys.CLIENT_SECRET_FILE, ConfigKeys.PARTNER_KEY_STORE, ConfigKeys.PARTNER_KEY_ALIAS,
      ConfigKeys.PARTNER_KEY_STORE_PASSWORD_FILE, "--config");

  private Check keys(TerminalConfig config) {
    List<String> found = new ArrayList<>();
    TerminalConfig.Partner partner = config.partner();
    Path keyFile = partner.keyStore() != null ? partner.keyStore().file() : partner.privateKey();
    try {
      PartnerKeys.Loaded keys = PartnerKeys.load(config, env);
      found.add(m.get("doctor.keys.private", keyFile));
      if (keys.claimedPublic() != null) {
        if (!KeyFiles.pairMatches(keys.privateKey(), keys.claimedPublic())) {
          Path claimed = partner.publicKey() != null ? partner.publicKey() : keyFile;
          return Check.fail("keys", m.get("doctor.keys.mismatch", keyFile, claimed),
              m.get("doctor.keys.mismatch.fix"));
        }
        found.add(m.get("doctor.keys.pair"));
      }
      if (config.provider().publicKey() != null) {
        Pem.readPublicKey(config.provider().publicKey());
        found.add(m.get("doctor.keys.provider", config.provider().publicKey()));
      }
      return Check.pass("keys", String.join("; ", found));
    } catch (ConfigException e) {
      return Check.fail("keys", e.getMessage(), m.get("doctor.keys.fix"));
    } catch (IOException | GeneralSecurityException e) {
      return Check.fail("keys", e.getMessage(), m.get("doctor.keys.fix"));
    }
  }

  private Check reachable(TerminalConfig config) {
    HttpUrl url = HttpUrl.get(config.provider().baseUrl());
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(url.host(), url.port()),
          (int) config.http().connectTimeout().toMillis());
      return Check.pass("provider", m.get("doctor.provider.ok", url.host() + ":" + url.port()));
    } catch (IOException e) {
      return Check.fail("provider",
          m.get("doctor.provider.down", url.host() + ":" + url.port(), e.getMessage()),
          m.get("doctor.provider.fix"));
    }
  }

  /** @param time the provider's time in its answer; {@code receivedAt} ours when the answer came */
  private record ProviderProbe(Check tls, Instant time, Instant receivedAt) {}

  /** One plain request to the base URL: its handshake tests TLS, its headers give the provider's time. */
  private ProviderProbe probe(TerminalConfig config) throws ConfigException {
    HttpUrl url = HttpUrl.get(config.provider().baseUrl());
    ProviderTls trust = ProviderClients.tls(config.provider().trust());
    OkHttpClient http = trust
        .apply(new OkHttpClient.Builder().connectTimeout(config.http().connectTimeout())
            .readTimeout(config.http().readTimeout()).retryOnConnectionFailure(false)
            .followRedirects(false).build(), url);
    try (Response r = http.newCall(new Request.Builder().url(url).get().build()).execute()) {
      Check tls;
      if (!url.isHttps()) {
        tls = Check.warn("tls", m.get("doctor.tls.plain", url), m.get("doctor.tls.plain.fix"));
      } else {
        tls = Check.pass("tls",
            trust.pins().isEmpty()
                ? m.get("doctor.tls.ok", r.handshake().tlsVersion())
                : m.get("doctor.tls.pinned", r.handshake().tlsVersion(), trust.pins().size()));
      }
      return new ProviderProbe(tls, providerTime(r), clock.instant());
    } catch (IOException e) {
      String why = ProviderTls.describeFailure(e);
      if (why != null) {
        return new ProviderProbe(Check.fail("tls", why,
            why.contains("pin")
                ? m.get("doctor.tls.pin.fix")
                : m.get("doctor.tls.trust.fix")),
            null, null);
      }
      return new ProviderProbe(Check.fail("tls", m.get("doctor.tls.untested", e.getMessage()),
          m.get("doctor.provider.fix")), null, null);
    }
  }

  /** X-TIMESTAMP when the provider sends it (SNAP does), else the HTTP Date header. */
  private static Instant providerTime(Response r) {
    try {
      String ts = r.header("X-TIMESTAMP");
      if (ts != null) {
        return OffsetDateTime.parse(ts).toInstant();
      }
      String date = r.header("Date");
      return date == null
          ? null
          : ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private Check token(TerminalContext terminal) {
    CallOutcome<TokenResponse> token = terminal.snap().warmUp();
    if (token instanceof CallOutcome.Answered<TokenResponse> a && a.code().isSuccess()) {
      return Check.pass("token", m.get("doctor.token.ok", a.code()));
    }
    return Check.fail("token", describe(token), m.get("doctor.token.fix"));
  }

  /**
   * The client secret signs transactions only, so a wrong one shows only on a signed call: a status
   * query for a reference that cannot exist, answered "not found" when the signature is right.
   */
  private Check signature(TerminalContext terminal) {
    TerminalConfig c = terminal.config();
    String ref = "DOCTOR" + clock.millis();
    CallOutcome<QueryResponse> outcome = terminal.snap()
        .query(new QueryRequest(null, ref, null, c.merchant().id(),
            c.merchant().subMerchantId(), c.merchant().externalStoreId(), null));
    if (outcome instanceof CallOutcome.Answered<QueryResponse> a) {
      if (a.code().httpStatus() == 401) {
        return Check.fail("signature", describe(outcome), m.get("doctor.signature.fix"));
      }
      return Check.pass("signature", m.get("doctor.signature.ok", a.code()));
    }
    return Check.fail("signature", describe(outcome), m.get("doctor.provider.fix"));
  }

  /** Compared with our time when the answer arrived, not later: the checks in between may take a while. */
  private Check clock(ProviderProbe probe) {
    if (probe.time() == null) {
      return Check.warn("clock", m.get("doctor.clock.unknown"), m.get("doctor.clock.fix"));
    }
    Duration offset = Duration.between(probe.time(), probe.receivedAt());
    String detail = m.get("doctor.clock.offset", offset.toSeconds());
    // The provider's time is read to the second at best, and a round trip passed since: only a
    // large offset means anything.
    return offset.abs().compareTo(MAX_CLOCK_OFFSET) > 0
        ? Check.warn("clock", detail, m.get("doctor.clock.fix"))
        : Check.pass("clock", detail);
  }

  private Check journal(TerminalContext terminal) {
    Path path = terminal.config().journalPath();
    if (!Files.isWritable(path)) {
      return Check.fail("journal", m.get("doctor.journal.readonly", path),
          m.get("doctor.journal.fix", path));
    }
    AuditReport audit = terminal.verifyJournal();
    if (!audit.intact()) {
      return Check.fail("journal", m.get("doctor.journal.broken", path, audit.problems().size()),
          m.get("doctor.journal.broken.fix"));
    }
    return Check.pass("journal", m.get("doctor.journal.ok", path, audit.entries(), audit.head()));
  }

  private Check notifyPort(TerminalConfig config) {
    if (config.notifyReceiver().port() == 0) {
      return Check.pass("notify", m.get("doctor.notify.off"));
    }
    String address = config.notifyReceiver().bindAddress() + ":" + config.notifyReceiver().port();
    try (ServerSocket s = new ServerSocket()) {
      s.bind(new InetSocketAddress(InetAddress.getByName(config.notifyReceiver().bindAddress()),
          config.notifyReceiver().port()));
      return Check.pass("notify", m.get("doctor.notify.free", address));
    } catch (IOException e) {
      return Check.fail("notify", m.get("doctor.notify.busy", address, e.getMessage()),
          m.get("doctor.notify.fix"));
    }
  }

  private Check scanners(TerminalConfig config) {
    var s = config.scanners();
    List<String> found = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    if (s.wedge()) {
      found.add(m.get("doctor.scanners.wedge"));
    }
    if (s.serialPort() != null) {
      (Files.exists(Path.of(s.serialPort())) || s.serialPort().toUpperCase().startsWith("COM")
          ? found
          : missing)
          .add(m.get("doctor.scanners.serial", s.serialPort()));
    }
    if (s.webcam().startsWith("files:")) {
      (Files.isDirectory(Path.of(s.webcam().substring(6))) ? found : missing)
          .add(m.get("doctor.scanners.camera", s.webcam()));
    } else if (!s.webcamOff()) {
      List<String> cameras = WebcamFrameSource.cameraNames();
      boolean match = cameras.stream().anyMatch(n -> "auto".equalsIgnoreCase(s.webcam())
          || n.toLowerCase().contains(s.webcam().toLowerCase()));
      (match ? found : missing)
          .add(m.get("doctor.scanners.camera", match ? String.join(", ", cameras) : s.webcam()));
    }
    if (!missing.isEmpty()) {
      return Check.warn("scanners",
          m.get("doctor.scanners.missing", String.join(", ", missing), String.join(", ", found)),
          m.get("doctor.scanners.fix"));
    }
    if (found.isEmpty()) {
      return Check.fail("scanners", m.get("doctor.scanners.none"), m.get("doctor.scanners.fix"));
    }
    return Check.pass("scanners", String.join(", ", found));
  }

  private String describe(CallOutcome<?> outcome) {
    if (outcome instanceof CallOutcome.Answered<?> a) {
      return a.code() + " " + a.message() + ": "
          + ResponseCatalogue.standard().cashierMessage(a.code(), m.locale());
    }
    return outcome instanceof CallOutcome.NotSent<?> n
        ? n.reason()
        : ((CallOutcome.Unknown<?>) outcome).reason();
  }
}
