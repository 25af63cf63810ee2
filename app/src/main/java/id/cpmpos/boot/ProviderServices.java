package id.cpmpos.boot;

import id.cpmpos.chain.ChainReplicator;
import id.cpmpos.config.TerminalConfig;
import id.cpmpos.journal.Journal;
import id.cpmpos.snap.ProviderTls;
import id.cpmpos.snap.ScannerInfo;
import id.cpmpos.snap.SnapClient;
import id.cpmpos.sync.Backoff;
import id.cpmpos.sync.Connectivity;
import id.cpmpos.sync.HeldWrites;
import id.cpmpos.sync.InFlight;
import id.cpmpos.sync.MerchantRefs;
import id.cpmpos.sync.QuerySchedule;
import id.cpmpos.sync.ReachabilityProbe;
import id.cpmpos.sync.Reconciler;
import id.cpmpos.sync.SyncWorker;
import id.cpmpos.terminal.ExternalIds;
import id.cpmpos.terminal.Outbox;
import id.cpmpos.terminal.PaymentService;
import id.cpmpos.terminal.QrContentCheck;
import id.cpmpos.terminal.ReferenceNumbers;
import id.cpmpos.terminal.Reversals;
import id.cpmpos.terminal.SupervisorPin;
import id.cpmpos.terminal.SyncOutbox;
import id.cpmpos.terminal.TerminalProfile;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.random.RandomGenerator;
import okhttp3.HttpUrl;

/**
 * What talks to the provider, wired by {@link TerminalContext} on first use: a command that only
 * reads the journal (journal, report, verify) never loads the HTTP client, its TLS trust store or
 * the JSON mapper.
 */
record ProviderServices(SnapClient snap, PaymentService payments, SyncWorker sync,
    Reversals reversals,
    Outbox outbox) {
  private static final String VERSION = Version.get();

  /**
   * The services over the terminal's own parts: its journal, supervisor PIN, connectivity, the
   * answers held for a journal that refused them, and the chain replicator (null without a chain).
   */
  static ProviderServices wire(TerminalConfig config, Journal journal, PrivateKey partnerKey,
      ProviderTls tls,
      Connectivity connectivity, HeldWrites heldWrites, SupervisorPin supervisorPin,
      ChainReplicator chain,
      Clock clock) {
    String ip = ProviderClients.localAddress();
    String terminalId = config.merchant().terminalId();
    SnapClient snap = ProviderClients.client(config, partnerKey, ip, tls,
        new ExternalIds(clock, config.zone(), terminalId), clock);
    TerminalProfile profile = profile(config, ip);
    ReferenceNumbers references = new ReferenceNumbers(clock, config.zone(), terminalId,
        new SecureRandom());
    // Shared through file locks with every process on this journal: a `sync` beside a CLI `pay` never
    // takes over a payment that is still waiting for its answer.
    InFlight inFlight = new InFlight(InFlight.lockDirFor(config.journalPath()));
    HttpUrl provider = HttpUrl.get(config.provider().baseUrl());
    TerminalConfig.Merchant merchant = config.merchant();
    Reconciler reconciler = new Reconciler(journal, snap,
        new MerchantRefs(merchant.id(), merchant.subMerchantId(), merchant.externalStoreId()),
        connectivity,
        inFlight, heldWrites, clock, config.notFoundFinalAfter());
    connectivity.onChange(state -> {
      if (state == Connectivity.State.UNREACHABLE) {
        snap.dropPooledConnections();
      }
    });
    Backoff backoff = Backoff.standard();
    SyncWorker sync = new SyncWorker(journal, reconciler, backoff,
        new QuerySchedule(config.notFoundFinalAfter(),
            backoff.ceiling(), RandomGenerator.getDefault()),
        connectivity,
        ReachabilityProbe.tcp(provider.host(), provider.port(), config.http().connectTimeout()),
        clock,
        SyncWorker.PROBE_INTERVAL);
    // A payment whose outcome is unknown is queried at once, not at the worker's next idle check.
    PaymentService payments = new PaymentService(journal, snap, profile, references,
        new QrContentCheck(true), clock,
        inFlight, connectivity, heldWrites, config.notFoundFinalAfter(), sync::wake);
    Reversals reversals = new Reversals(journal, reconciler, sync, supervisorPin, profile,
        references);
    if (chain != null) {
      sync.onPass(pass -> chain.wake()); // the chain ledger is pushed after each pass of the outbox
    }
    return new ProviderServices(snap, payments, sync, reversals,
        new SyncOutbox(sync, connectivity));
  }

  /** The merchant and terminal every payment carries; {@code ip} is null where no request is made (receipts). */
  static TerminalProfile profile(TerminalConfig config, String ip) {
    TerminalConfig.Merchant m = config.merchant();
    return new TerminalProfile(m.id(), m.subMerchantId(), m.terminalId(), m.externalStoreId(),
        m.name(), m.location(),
        m.acquirerName(), "IDR", new ScannerInfo(m.terminalId(), VERSION, "manual-entry", ip),
        config.demo(),
        config.zone(), config.counter().saleMaxAmount());
  }
}
