package id.cpmpos.boot;

import id.cpmpos.chain.ChainReplicator;
import id.cpmpos.chain.Ledger;
import id.cpmpos.config.ChainConfig;
import id.cpmpos.config.ChainConfigLoader;
import id.cpmpos.config.ConfigException;
import id.cpmpos.config.ConfigKeys;
import id.cpmpos.config.ConfigLoader;
import id.cpmpos.config.ConfigPaths;
import id.cpmpos.config.CounterConfig;
import id.cpmpos.config.NotifyConfig;
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
import id.cpmpos.sandbox.SandboxProvider;
import id.cpmpos.snap.NotifySignatureVerifier;
import id.cpmpos.snap.Pem;
import id.cpmpos.snap.ProviderTls;
import id.cpmpos.snap.SnapClient;
import id.cpmpos.sync.Connectivity;
import id.cpmpos.sync.HeldWrites;
import id.cpmpos.sync.SyncWorker;
import id.cpmpos.terminal.Outbox;
import id.cpmpos.terminal.PaymentHistory;
import id.cpmpos.terminal.PaymentService;
import id.cpmpos.terminal.PinPepper;
import id.cpmpos.terminal.Receipts;
import id.cpmpos.terminal.Reversals;
import id.cpmpos.terminal.Shifts;
import id.cpmpos.terminal.SupervisorPin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds the terminal's services from a configuration, or, when there is
 * none, starts the embedded sandbox provider and wires the terminal to it (demo mode). Nothing else
 * constructs services; everything else receives them.
 */
public final class TerminalContext implements AutoCloseable {
  private static final String VERSION = Version.get();

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
  private ProviderServices services;

  private TerminalContext(TerminalConfig config, Optional<ChainConfig> chainConfig,
      PrivateKey partnerKey,
      PublicKey providerKey, ProviderTls tls, PinPepper pepper, SandboxProvider sandbox,
      Clock clock) {
    this.config = config;
    LogMask.register(config.partner().clientSecret()); // masked in every log line, whoever writes it
    this.sandbox = sandbox;
    this.providerKey = providerKey;
    this.clock = clock;
    this.messages = Messages.forLanguage(config.language());
    this.partnerKey = partnerKey;
    this.tls = tls;
    this.journal = Journal.open(config.journalPath(), clock, config.zone());
    this.supervisorPin = new SupervisorPin(journal, SupervisorPin.DEFAULT_ITERATIONS, clock,
        pepper);
    this.history = new PaymentHistory(journal);
    this.dayReports = new DayReportQuery(journal, config.merchant().terminalId());
    ShiftStore shiftStore = new ShiftStore(journal);
    this.shifts = new Shifts(shiftStore, dayReports, supervisorPin);
    // A receipt needs the merchant, not the network: the profile without the terminal's address.
    this.receipts = new Receipts(journal, shiftStore, ProviderServices.profile(config, null));
    // The chain ledger, when configured: its own thread and connection; the sync worker only wakes it.
    this.chainFeed = chainConfig
        .map(c -> AuditFeed.open(config.journalPath(), clock, config.zone())).orElse(null);
    this.chain = chainConfig
        .map(c -> new ChainReplicator(new Ledger(c), chainFeed, new JournalNotifyApplier(journal),
            config.merchant().terminalId()))
        .orElse(null);
  }

  private synchronized ProviderServices services() {
    if (services == null) {
      services = ProviderServices.wire(config, journal, partnerKey, tls, connectivity, heldWrites,
          supervisorPin, chain,
          clock);
    }
    return services;
  }

  /**
   * Opens the terminal described by {@code configFile}; with none given, the default file if it
   * exists, else demo mode.
   */
  public static TerminalContext open(Path configFile, Clock clock) throws ConfigException {
    SqliteLibrary.prepare();
    Path file = configFile != null ? configFile : ConfigPaths.defaultConfigFile();
    if (configFile == null && !Files.exists(file)) {
      return demo(clock, DemoMode.defaultJournal());
    }
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("--config", "file not found: " + file);
    }
    TerminalConfig config = ConfigLoader.load(file);
    PrivateKey key = PartnerKeys.load(config, System.getenv()).privateKey();
    PublicKey providerKey = null;
    if (config.provider().publicKey() != null) {
      try {
        providerKey = Pem.readPublicKey(config.provider().publicKey());
      } catch (IOException | GeneralSecurityException e) {
        throw new ConfigException(ConfigKeys.PROVIDER_PUBLIC_KEY,
            "not an RSA public key in PEM (" + e.getMessage() + ")");
      }
    }
    TerminalContext context = new TerminalContext(config, ChainConfigLoader.load(file), key,
        providerKey,
        ProviderClients.tls(config.provider().trust()), pinPepper(file), null, clock);
    context.configFile = file.toAbsolutePath();
    return context;
  }

  /** Where demo mode keeps its journal (and, beside it, its keys and the sandbox's books). */
  public static Path defaultDemoJournal() {
    return DemoMode.defaultJournal();
  }

  /** Demo mode: a sandbox provider on loopback, with keys generated at the first demo start and kept beside its journal. */
  public static TerminalContext demo(Clock clock, Path journal) {
    return demo(clock, journal, "id");
  }

  /** Demo mode in {@code language} ({@code id} or {@code en}), as chosen on the first-run screen. */
  public static TerminalContext demo(Clock clock, Path journal, String language) {
    SqliteLibrary.prepare();
    SandboxProvider sandbox = DemoMode.startSandbox(journal, clock);
    return new TerminalContext(DemoMode.config(sandbox, journal, language), Optional.empty(),
        sandbox.credentials().partnerKeys().getPrivate(),
        sandbox.credentials().providerKeys().getPublic(),
        ProviderTls.system(), PinPepper.at(journal.resolveSibling(PIN_PEPPER_FILE)), sandbox,
        clock);
  }

  /** The PIN pepper's file: beside the configuration, outside the journal's directory. */
  public static final String PIN_PEPPER_FILE = "pin-pepper";

  public static PinPepper pinPepper(Path configFile) {
    return PinPepper.at(configFile.toAbsolutePath().getParent().resolve(PIN_PEPPER_FILE));
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
  public void applyLive(String language, CounterConfig counter) {
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
    NotifyConfig receiver = config.notifyReceiver();
    if (notifyReceiver != null || providerKey == null
        || (receiver.port() == 0 && sandbox == null)) {
      return;
    }
    notifyReceiver = new NotifyReceiver(NotifySignatureVerifier.asymmetric(providerKey),
        new JournalNotifyApplier(journal), ReplayGuard.inJournal(journal),
        NotifyPolicy.of(config.partner().id(), config.partner().channelId(),
            receiver.maxClockSkew()),
        clock,
        config.zone())
        .start(receiver.bindAddress(), receiver.port());
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
    return new CustomerWallet(snap(), clock, config.zone(), config.merchant().id());
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
    heldWrites.flush().ifPresent(e -> LoggerFactory.getLogger(TerminalContext.class).error(
        "closing with answers the journal still refuses ({}: {}); the next sync settles them with the provider",
        e.problem(), e.getMessage()));
    journal.close();
    if (sandbox != null) {
      sandbox.close();
    }
  }
}
