package id.cpmpos.boot;

import id.cpmpos.config.ConfigException;
import id.cpmpos.config.ConfigKeys;
import id.cpmpos.config.ConfigLoader;
import id.cpmpos.config.ConfigPaths;
import id.cpmpos.config.ScannerConfig;
import id.cpmpos.config.TerminalConfig;
import id.cpmpos.i18n.Messages;
import id.cpmpos.journal.DayReportQuery;
import id.cpmpos.journal.Journal;
import id.cpmpos.journal.ShiftStore;
import id.cpmpos.notify.JournalNotifyApplier;
import id.cpmpos.notify.NotifyPolicy;
import id.cpmpos.notify.NotifyReceiver;
import id.cpmpos.notify.ReplayGuard;
import id.cpmpos.sandbox.CustomerWallet;
import id.cpmpos.sandbox.SandboxCredentials;
import id.cpmpos.sandbox.SandboxOptions;
import id.cpmpos.sandbox.SandboxProvider;
import id.cpmpos.snap.NotifySignatureVerifier;
import id.cpmpos.snap.Pem;
import id.cpmpos.snap.ScannerInfo;
import id.cpmpos.snap.SignatureScheme;
import id.cpmpos.snap.SnapClient;
import id.cpmpos.snap.SnapSettings;
import id.cpmpos.terminal.JournalExternalIds;
import id.cpmpos.terminal.Outbox;
import id.cpmpos.terminal.PaymentHistory;
import id.cpmpos.terminal.PaymentService;
import id.cpmpos.terminal.Reversals;
import id.cpmpos.terminal.SupervisorPin;
import id.cpmpos.sync.Backoff;
import id.cpmpos.sync.Connectivity;
import id.cpmpos.sync.InFlight;
import id.cpmpos.sync.MerchantRefs;
import id.cpmpos.sync.ReachabilityProbe;
import id.cpmpos.sync.Reconciler;
import id.cpmpos.sync.SyncWorker;
import id.cpmpos.terminal.QrContentCheck;
import id.cpmpos.terminal.Receipts;
import id.cpmpos.terminal.ReferenceNumbers;
import id.cpmpos.terminal.Shifts;
import id.cpmpos.terminal.TerminalProfile;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import okhttp3.HttpUrl;

/**
 * The composition root: builds the terminal's services from a configuration, or, when there is
 * none, starts the embedded sandbox provider and wires the terminal to it (demo mode). Nothing else
 * constructs services; everything else receives them.
 */
public final class TerminalContext implements AutoCloseable {
  private static final String VERSION = Version.get();
  /**
   * A payment's request expires 60 s after it is made; a provider that still does not know it well
   * after that (clock skew, queues) never will: nothing was charged.
   */
  private static final Duration NOT_FOUND_IS_FINAL_AFTER = Duration.ofMinutes(3);

  private final TerminalConfig config;
  private final Journal journal;
  private final SnapClient snap;
  private final PaymentService payments;
  private final Connectivity connectivity = new Connectivity();
  private final SyncWorker sync;
  private final Reversals reversals;
  private final SupervisorPin supervisorPin;
  private final PaymentHistory history;
  private final DayReportQuery dayReports;
  private final Shifts shifts;
  private final Receipts receipts;
  private final Outbox outbox;
  private final Messages messages;
  private final SandboxProvider sandbox;
  private final PublicKey providerKey;
  private final Clock clock;
  private NotifyReceiver notifyReceiver;
  private Scanners scanners;

  private TerminalContext(TerminalConfig config, PrivateKey partnerKey, PublicKey providerKey, SandboxProvider sandbox,
      Clock clock) {
    this.config = config;
    this.sandbox = sandbox;
    this.providerKey = providerKey;
    this.clock = clock;
    this.messages = Messages.forLanguage(config.language());
    this.journal = Journal.open(config.journalPath(), clock, config.zone());
    String ip = localAddress();
    String deviceId = config.terminalId();
    this.snap = new SnapClient(
        new SnapSettings(HttpUrl.get(config.providerBaseUrl()), config.providerVersion(), config.partnerId(),
            config.clientKey(), config.clientSecret(), partnerKey, config.channelId(), config.origin(), deviceId,
            ip, null, null, config.zone(), config.connectTimeout(), config.readTimeout(),
            SignatureScheme.valueOf(config.signatureScheme().toUpperCase(java.util.Locale.ROOT))),
        SnapClient.defaultHttpClient(),
        new JournalExternalIds(journal, clock, config.zone(), config.terminalId()),
        clock);
    TerminalProfile profile = new TerminalProfile(config.merchantId(), config.subMerchantId(), config.terminalId(),
        config.externalStoreId(), config.merchantName(), config.merchantLocation(), config.acquirerName(), "IDR",
        new ScannerInfo(deviceId, VERSION, "manual-entry", ip), config.demo(), config.zone());
    ReferenceNumbers references = new ReferenceNumbers(clock, config.zone(), config.terminalId());
    InFlight inFlight = new InFlight();
    HttpUrl provider = HttpUrl.get(config.providerBaseUrl());
    Reconciler reconciler = new Reconciler(journal, snap,
        new MerchantRefs(config.merchantId(), config.subMerchantId(), config.externalStoreId()), connectivity,
        inFlight, clock, config.notFoundFinalAfter());
    connectivity.onChange(state -> {
      if (state == Connectivity.State.UNREACHABLE) {
        snap.dropPooledConnections();
      }
    });
    this.sync = new SyncWorker(journal, reconciler, Backoff.standard(), connectivity,
        ReachabilityProbe.tcp(provider.host(), provider.port(), config.connectTimeout()), clock,
        SyncWorker.PROBE_INTERVAL);
    // A payment whose outcome is unknown is queried at once, not at the worker's next idle check.
    this.payments = new PaymentService(journal, snap, profile, references, new QrContentCheck(true), clock, inFlight,
        connectivity, sync::wake);
    this.supervisorPin = new SupervisorPin(journal, SupervisorPin.DEFAULT_ITERATIONS, clock);
    this.reversals = new Reversals(journal, reconciler, sync, supervisorPin, profile, references);
    this.history = new PaymentHistory(journal);
    this.dayReports = new DayReportQuery(journal, config.zone(), config.terminalId());
    ShiftStore shiftStore = new ShiftStore(journal);
    this.shifts = new Shifts(shiftStore, dayReports, supervisorPin);
    this.receipts = new Receipts(journal, shiftStore, profile);
    this.outbox = new Outbox(sync, connectivity);
  }

  /**
   * Opens the terminal described by {@code configFile}; with none given, the default file if it
   * exists, else demo mode.
   */
  public static TerminalContext open(Path configFile, Clock clock) throws ConfigException {
    Path file = configFile != null ? configFile : ConfigPaths.defaultConfigFile();
    if (configFile == null && !Files.exists(file)) {
      return demo(clock, ConfigPaths.defaultDataDir().resolve("demo").resolve("journal.db"));
    }
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("--config", "file not found: " + file);
    }
    TerminalConfig config = ConfigLoader.load(file);
    PrivateKey key;
    try {
      key = Pem.readPrivateKey(config.partnerPrivateKey());
    } catch (IOException | GeneralSecurityException e) {
      throw new ConfigException(ConfigKeys.PARTNER_PRIVATE_KEY,
          "not a PKCS#8 RSA private key in PEM (" + e.getMessage() + ")");
    }
    PublicKey providerKey = null;
    if (config.providerPublicKey() != null) {
      try {
        providerKey = Pem.readPublicKey(config.providerPublicKey());
      } catch (IOException | GeneralSecurityException e) {
        throw new ConfigException(ConfigKeys.PROVIDER_PUBLIC_KEY,
            "not an RSA public key in PEM (" + e.getMessage() + ")");
      }
    }
    return new TerminalContext(config, key, providerKey, null, clock);
  }

  /** Demo mode: a fresh sandbox provider on loopback with freshly generated keys. */
  public static TerminalContext demo(Clock clock, Path journal) {
    SandboxCredentials credentials = SandboxCredentials.generate();
    // The provider's books live beside the demo journal: what was pending when the demo was closed
    // is still known to "the provider" when it opens again, so the sync settles it as it would.
    SandboxProvider sandbox = new SandboxProvider(credentials, clock,
        SandboxOptions.defaults().withStateFile(journal.resolveSibling("sandbox-state.db")));
    try {
      sandbox.start(0);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the demo sandbox on 127.0.0.1", e);
    }
    TerminalConfig config = new TerminalConfig(sandbox.baseUrl(), "v1.0", "symmetric", null, credentials.partnerId(),
        credentials.clientKey(), credentials.clientSecret(), null, credentials.channelId(), "cpm-pos-demo",
        credentials.merchantId(), null, "DEMO0001", null, "Toko Demo", "Jakarta", "Sandbox", journal, 0,
        "127.0.0.1", ConfigLoader.DEFAULT_ZONE, Duration.ofSeconds(5), Duration.ofSeconds(20), "id", true,
        NOT_FOUND_IS_FINAL_AFTER, ScannerConfig.DEFAULTS, NotifyPolicy.DEFAULT_MAX_CLOCK_SKEW);
    return new TerminalContext(config, credentials.partnerKeys().getPrivate(), credentials.providerKeys().getPublic(),
        sandbox, clock);
  }

  private static String localAddress() {
    try {
      return InetAddress.getLocalHost().getHostAddress();
    } catch (IOException e) {
      return "127.0.0.1";
    }
  }

  public TerminalConfig config() {
    return config;
  }

  public Journal journal() {
    return journal;
  }

  public SnapClient snap() {
    return snap;
  }

  public PaymentService payments() {
    return payments;
  }

  public SyncWorker sync() {
    return sync;
  }

  public Reversals reversals() {
    return reversals;
  }

  public SupervisorPin supervisorPin() {
    return supervisorPin;
  }

  /** Recent payments with their refunds, cancel and calls: what the history screen reads. */
  public PaymentHistory history() {
    return history;
  }

  /** End-of-day reports and their lines, from the journal. */
  public DayReportQuery dayReports() {
    return dayReports;
  }

  /** The cashier's shift. */
  public Shifts shifts() {
    return shifts;
  }

  /** Receipts of payments, refunds and cancels, from the journal. */
  public Receipts receipts() {
    return receipts;
  }

  /** The sync worker and connectivity as the screens see them. */
  public Outbox outbox() {
    return outbox;
  }

  public Connectivity connectivity() {
    return connectivity;
  }

  /** The clock every service was given (tests inject one). */
  public Clock clock() {
    return clock;
  }

  public Messages messages() {
    return messages;
  }

  public boolean isDemo() {
    return config.demo();
  }

  /**
   * Starts the notify (79) receiver when the configuration asks for one; in demo mode on a free
   * loopback port, announced to the embedded sandbox. Only long-running processes (the GUI, sync)
   * call this: a one-shot CLI command must not hold the port.
   */
  public synchronized void startNotifyReceiver() throws IOException {
    if (notifyReceiver != null || providerKey == null || (config.notifyPort() == 0 && sandbox == null)) {
      return;
    }
    notifyReceiver = new NotifyReceiver(NotifySignatureVerifier.asymmetric(providerKey),
        new JournalNotifyApplier(journal), ReplayGuard.inJournal(journal),
        NotifyPolicy.of(config.partnerId(), config.channelId(), config.notifyMaxClockSkew()), clock, config.zone())
        .start(config.notifyBindAddress(), config.notifyPort());
    if (sandbox != null) {
      sandbox.notifyTo(notifyReceiver.url());
    }
  }

  /** The counter's scanners, built on first use; started by the GUI, never by a CLI command. */
  public synchronized Scanners scanners() {
    if (scanners == null) {
      scanners = new Scanners(config.scanners(), config.demo(), VERSION, clock);
    }
    return scanners;
  }

  /** A simulated customer wallet against this terminal's provider (useful with the sandbox only). */
  public CustomerWallet wallet() {
    return new CustomerWallet(snap, clock, config.zone(), config.merchantId());
  }

  /** The embedded provider in demo mode; null otherwise. */
  public SandboxProvider sandbox() {
    return sandbox;
  }

  @Override
  public synchronized void close() {
    if (scanners != null) {
      scanners.close();
    }
    sync.close();
    if (notifyReceiver != null) {
      notifyReceiver.close();
    }
    journal.close();
    if (sandbox != null) {
      sandbox.close();
    }
  }
}
