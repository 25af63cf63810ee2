package id.cpmpos.chain;

import id.cpmpos.config.HqConfig;
import id.cpmpos.notify.NotifyPolicy;
import id.cpmpos.notify.NotifyReceiver;
import id.cpmpos.snap.NotifySignatureVerifier;
import java.io.IOException;
import java.security.PublicKey;
import java.time.Clock;

/**
 * The head office's notify relay ({@code hq}): the terminal's own notify receiver — the same
 * signature check, replay guard and limits — at a public address, writing what it accepts to the
 * ledger instead of a journal. Holds no state of its own: any number may run behind one load
 * balancer, the ledger's constraints decide between them.
 */
public final class HqRelay implements AutoCloseable {
  private final NotifyReceiver receiver;

  private HqRelay(NotifyReceiver receiver) {
    this.receiver = receiver;
  }

  /** Upgrades the ledger's schema (Flyway; a no-op when up to date), then listens. */
  public static HqRelay start(HqConfig config, PublicKey providerKey, Clock clock)
      throws IOException {
    Ledger ledger = new Ledger(config.chain());
    ledger.migrate();
    NotifyReceiver receiver = new NotifyReceiver(NotifySignatureVerifier.asymmetric(providerKey),
        new LedgerNotifyApplier(ledger), new LedgerReplayGuard(ledger),
        NotifyPolicy.of(config.partnerId(), config.channelId(),
            config.notifyReceiver().maxClockSkew()),
        clock,
        config.zone())
        .start(config.notifyReceiver().bindAddress(), config.notifyReceiver().port());
    return new HqRelay(receiver);
  }

  public String url() {
    return receiver.url();
  }

  @Override
  public void close() {
    receiver.close();
  }
}
