package id.cpmpos.boot;

import id.cpmpos.chain.ChainReplicator;
import id.cpmpos.chain.Ledger;
import id.cpmpos.config.ChainConfig;
import id.cpmpos.config.ChainConfigLoader;
import id.cpmpos.config.ConfigException;
import id.cpmpos.config.ConfigKeys;
import id.cpmpos.config.ConfigLoader;
import id.cpmpos.config.ConfigPaths;
import id.cpmpos.config.ProviderTrust;
import id.cpmpos.config.ScannerConfig;
import id.cpmpos.config.TerminalConfig;
import id.cpmpos.i18n.Messages;
import id.cpmpos.journal.AuditFeed;
import id.cpmpos.journal.AuditReport;
import id.cpmpos.journal.DayReportQuery;
import id.cpmpos.journal.Journal;
import id.cpmpos.journal.ShiftStore;
import id.cpmpos.logging.LogMask;
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
import id.cpmpos.snap.ProviderTls;
import id.cpmpos.snap.ScannerInfo;
import id.cpmpos.snap.SignatureScheme;
import id.cpmpos.snap.SnapClient;
import id.cpmpos.snap.SnapSettings;
import id.cpmpos.terminal.ExternalIds;
import id.cpmpos.terminal.Outbox;
import id.cpmpos.terminal.SyncOutbox;
import id.cpmpos.terminal.PaymentHistory;
import id.cpmpos.terminal.PaymentService;
import id.cpmpos.terminal.Reversals;
import id.cpmpos.terminal.PinPepper;
import id.cpmpos.terminal.SupervisorPin;
import id.cpmpos.sync.Backoff;
import id.cpmpos.sync.Connectivity;
import id.cpmpos.sync.HeldWrites;
import id.cpmpos.sync.InFlight;
import id.cpmpos.sync.MerchantRefs;
import id.cpmpos.sync.QuerySchedule;
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
import java.util.Optional;
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

  /** Replaced, live fields only, when the settings screen saves (see {@link #applyLive}). */
  private volatile TerminalConfig config;
  /** The file the configuration came from; null in demo mode. */
  private Path configFile;
  private final Journal journal;
  private final Connectivity connectivity = new Connectivity();
  /** Answers the journal refused to record, until it accepts them (see HeldWrites). */
  private final HeldWrites heldWrites = new HeldWrites();
  private final ProviderTls tls;
  private final SupervisorPin supervisorPin;
  private final PaymentHistory history;
  private final DayReportQuery dayReports;
  private final Shifts shifts;
  private final Receipts receipts;
  private final Messages messages;
  private final SandboxProvider sandbox;
  private final PrivateKey partnerKey;
  private final PublicKey providerKey;
  private final Clock clock;
  private final AuditFeed chainFeed;
  private final ChainReplicator chain;
  private NotifyReceiver notifyReceiver;
  private Scanners scanners;
  /**
   * What talks to the provider, wired on first use: a command that only reads the journal (journal,
   * report, verify) never loads the HTTP client, its TLS trust store or the JSON mapper.
   */
  private Services services;

  private record Services(SnapClient snap, PaymentService payments, SyncWorker sync, Reversals reversals,
      Outbox outbox) {}

  private TerminalContext(TerminalConfig config, Optional<ChainConfig> chainConfig, PrivateKey partnerKey,
      PublicKey providerKey, ProviderTls tls, PinPepper pepper, SandboxProvider sandbox, Clock clock) {
    this.config = config;
    LogMask.register(config.clientSecret()); // masked in every log line, whoever writes it
    this.sandbox = sandbox;
    this.providerKey = providerKey;
    this.clock = clock;
    this.messages = Messages.forLanguage(config.language());
    this.partnerKey = partnerKey;
    this.tls = tls;
    this.journal = Journal.open(config.journalPath(), clock, config.zone());
    this.supervisorPin = new SupervisorPin(journal, SupervisorPin.DEFAULT_ITERATIONS, clock, pepper);
    this.history = new PaymentHistory(journal);
    this.dayReports = new DayReportQuery(journal, config.zone(), config.terminalId());
    ShiftStore shiftStore = new ShiftStore(journal);
    this.shifts = new Shifts(shiftStore, dayReports, supervisorPin);
    // A receipt needs the merchant, not the network: the profile without the terminal's address.
    this.receipts = new Receipts(journal, shiftStore, profile(null));
    // The chain ledger, when configured: its own thread and connection; the sync worker only wakes it.
    this.chainFeed = chainConfig.map(c -> AuditFeed.open(config.journalPath(), clock, config.zone())).orElse(null);
    this.chain = chainConfig.map(c -> new ChainReplicator(new Ledger(c), chainFeed, new JournalNotifyApplier(journal),
        config.terminalId())).orElse(null);
  }

  private TerminalProfile profile(String ip) {
    return new TerminalProfile(config.merchantId(), config.subMerchantId(), config.terminalId(),
        config.externalStoreId(), config.merchantName(), config.merchantLocation(), config.acquirerName(), "IDR",
        new ScannerInfo(config.terminalId(), VERSION, "manual-entry", ip), config.demo(), config.zone(),
        config.counter().saleMaxAmount());
  }

  private synchronized Services services() {
    if (services == null) {
      services = wire();
    }
    return services;
  }

  private Services wire() {
    String ip = localAddress();
    String deviceId = config.terminalId();
    SnapClient snap = new SnapClient(snapSettings(config, partnerKey, ip),
        tls.apply(SnapClient.defaultHttpClient(), HttpUrl.get(config.providerBaseUrl())),
        new ExternalIds(clock, config.zone(), config.terminalId()),
        clock);
    TerminalProfile profile = profile(ip);
    ReferenceNumbers references = new ReferenceNumbers(clock, config.zone(), config.terminalId());
    // Shared through file locks with every process on this journal: a `sync` beside a CLI `pay` never
    // takes over a payment that is still waiting for its answer.
    InFlight inFlight = new InFlight(InFlight.lockDirFor(config.journalPath()));
    HttpUrl provider = HttpUrl.get(config.providerBaseUrl());
    Reconciler reconciler = new Reconciler(journal, snap,
        new MerchantRefs(config.merchantId(), config.subMerchantId(), config.externalStoreId()), connectivity,
        inFlight, heldWrites, clock, config.notFoundFinalAfter());
    connectivity.onChange(state -> {
      if (state == Connectivity.State.UNREACHABLE) {
        snap.dropPooledConnections();
      }
    });
    Backoff backoff = Backoff.standard();
    SyncWorker sync = new SyncWorker(journal, reconciler, backoff, new QuerySchedule(config.notFoundFinalAfter(),
        backoff.ceiling(), java.util.random.RandomGenerator.getDefault()), connectivity,
        ReachabilityProbe.tcp(provider.host(), provider.port(), config.connectTimeout()), clock,
        SyncWorker.PROBE_INTERVAL);
    // A payment whose outcome is unknown is queried at once, not at the worker's next idle check.
    PaymentService payments = new PaymentService(journal, snap, profile, references, new QrContentCheck(true), clock,
        inFlight, connectivity, heldWrites, config.notFoundFinalAfter(), sync::wake);
    Reversals reversals = new Reversals(journal, reconciler, sync, supervisorPin, profile, references);
    if (chain != null) {
      sync.onPass(pass -> chain.wake()); // the chain ledger is pushed after each pass of the outbox
    }
    return new Services(snap, payments, sync, reversals, new SyncOutbox(sync, connectivity));
  }

  /**
   * Opens the terminal described by {@code configFile}; with none given, the default file if it
   * exists, else demo mode.
   */
  public static TerminalContext open(Path configFile, Clock clock) throws ConfigException {
    SqliteLibrary.prepare();
    Path file = configFile != null ? configFile : ConfigPaths.defaultConfigFile();
    if (configFile == null && !Files.exists(file)) {
      return demo(clock, defaultDemoJournal());
    }
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("--config", "file not found: " + file);
    }
    TerminalConfig config = ConfigLoader.load(file);
    PrivateKey key = PartnerKeys.load(config, System.getenv()).privateKey();
    PublicKey providerKey = null;
    if (config.providerPublicKey() != null) {
      try {
        providerKey = Pem.readPublicKey(config.providerPublicKey());
      } catch (IOException | GeneralSecurityException e) {
        throw new ConfigException(ConfigKeys.PROVIDER_PUBLIC_KEY,
            "not an RSA public key in PEM (" + e.getMessage() + ")");
      }
    }
    TerminalContext context = new TerminalContext(config, ChainConfigLoader.load(file), key, providerKey,
        providerTls(config.trust()), pinPepper(file), null, clock);
    context.configFile = file.toAbsolutePath();
    return context;
  }

  /** Where demo mode keeps its journal (and, beside it, its keys and the sandbox's books). */
  public static Path defaultDemoJournal() {
    return ConfigPaths.defaultDataDir().resolve("demo").resolve("journal.db");
  }

  /** Demo mode: a sandbox provider on loopback, with keys generated at the first demo start and kept beside its journal. */
  public static TerminalContext demo(Clock clock, Path journal) {
    return demo(clock, journal, "id");
  }

  /** Demo mode in {@code language} ({@code id} or {@code en}), as chosen on the first-run screen. */
  public static TerminalContext demo(Clock clock, Path journal, String language) {
    SqliteLibrary.prepare();
    SandboxCredentials credentials =
        SandboxCredentials.loadOrGenerate(journal.resolveSibling("sandbox-credentials.properties"));
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
        "127.0.0.1", ConfigLoader.DEFAULT_ZONE, Duration.ofSeconds(5), Duration.ofSeconds(20), language, true,
        NOT_FOUND_IS_FINAL_AFTER, ScannerConfig.DEFAULTS, NotifyPolicy.DEFAULT_MAX_CLOCK_SKEW,
        id.cpmpos.config.CounterConfig.DEFAULTS, ProviderTrust.SYSTEM, null, null);
    return new TerminalContext(config, Optional.empty(), credentials.partnerKeys().getPrivate(),
        credentials.providerKeys().getPublic(), ProviderTls.system(), PinPepper.at(journal.resolveSibling(PIN_PEPPER_FILE)), sandbox, clock);
  }

  /** The protocol client's settings for this configuration; the device id is the terminal id. */
  static SnapSettings snapSettings(TerminalConfig config, PrivateKey partnerKey, String ip) {
    return new SnapSettings(HttpUrl.get(config.providerBaseUrl()), config.providerVersion(), config.partnerId(),
        config.clientKey(), config.clientSecret(), partnerKey, config.channelId(), config.origin(), config.terminalId(),
        ip, null, null, config.zone(), config.connectTimeout(), config.readTimeout(),
        SignatureScheme.valueOf(config.signatureScheme().toUpperCase(java.util.Locale.ROOT)));
  }

  static String localIp() {
    return localAddress();
  }

  /** The PIN pepper's file: beside the configuration, outside the journal's directory. */
  public static final String PIN_PEPPER_FILE = "pin-pepper";

  public static PinPepper pinPepper(Path configFile) {
    return PinPepper.at(configFile.toAbsolutePath().getParent().resolve(PIN_PEPPER_FILE));
  }

  /** The trust store is read once, at start: a file that cannot be read stops the terminal, naming the key. */
  public static ProviderTls providerTls(ProviderTrust trust) throws ConfigException {
    try {
      return ProviderTls.of(trust.trustStore(),
          trust.trustStorePassword() == null ? null : trust.trustStorePassword().toCharArray(), trust.pins());
    } catch (IOException | GeneralSecurityException e) {
      throw new ConfigException(ConfigKeys.PROVIDER_TRUST_STORE,
          "not a PEM bundle or PKCS#12 file of CA certificates (" + e.getMessage() + ")");
    }
  }

  private static String localAddress() {
    try {
      return InetAddress.getLocalHost().getHostAddress();
    } catch (IOException e) {
      return "127.0.0.1";
    }
  }

  /** The configuration; its language and counter settings are the live ones (read them when used). */
  public TerminalConfig config() {
    return config;
  }

  /** The terminal's configuration file; empty in demo mode, which has none. */
  public Optional<Path> configFile() {
    return Optional.ofNullable(configFile);
  }

  /**
   * Applies what the settings screen changed and a running terminal can take at once: the language
   * and the counter's settings (sound, receipt printer and auto-print, supervisor idle minutes).
   * Everything else (scanners, provider, journal) is wired at start and needs a restart.
   */
  public void applyLive(String language, id.cpmpos.config.CounterConfig counter) {
    config = config.withLive(language, counter);
  }

  public Journal journal() {
    return journal;
  }

  /** The journal's audit check ({@code journal verify}, doctor): its hash chain and every audited row. */
  public AuditReport verifyJournal() {
    return journal.verify();
  }

  public SnapClient snap() {
    return services().snap();
  }

  public PaymentService payments() {
    return services().payments();
  }

  public SyncWorker sync() {
    return services().sync();
  }

  public Reversals reversals() {
    return services().reversals();
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
    return services().outbox();
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

  /** The chain ledger's replicator when {@code chain.jdbcUrl} is set; empty for a terminal on its own. */
  public Optional<ChainReplicator> chain() {
    return Optional.ofNullable(chain);
  }

  /** Starts replicating to the chain ledger, if one is configured; long-running processes only, like the receiver. */
  public void startChain() {
    if (chain != null) {
      chain.start();
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
    return new CustomerWallet(snap(), clock, config.zone(), config.merchantId());
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
    if (services != null) {
      services.sync().close();
    }
    if (chain != null) {
      chain.close();
      chainFeed.close();
    }
    if (notifyReceiver != null) {
      notifyReceiver.close();
    }
    // A last try for answers the journal refused; what it still refuses is settled by the next
    // sync's query or re-send (the journal holds those requests as being sent).
    heldWrites.flush().ifPresent(e -> org.slf4j.LoggerFactory.getLogger(TerminalContext.class).error(
        "closing with answers the journal still refuses ({}: {}); the next sync settles them with the provider",
        e.problem(), e.getMessage()));
    journal.close();
    if (sandbox != null) {
      sandbox.close();
    }
  }
}
