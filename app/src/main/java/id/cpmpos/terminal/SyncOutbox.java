package id.cpmpos.terminal;

import id.cpmpos.sync.Connectivity;
import id.cpmpos.sync.PendingSummary;
import id.cpmpos.sync.SyncWorker;
import java.util.function.Consumer;

/**
 * What the screens need of the sync worker: the outbox in numbers, whether the provider is
 * reachable, "sync now", and word of each finished pass. Listeners are called on the worker's or
 * the caller's thread; the UI moves them onto its own.
 */
public final class Outbox {
  private final SyncWorker sync;
  private final Connectivity connectivity;

  public Outbox(SyncWorker sync, Connectivity connectivity) {
    this.sync = sync;
    this.connectivity = connectivity;
  }

  public PendingSummary summary() {
    return sync.summary();
  }

  public Connectivity.State connectivity() {
    return connectivity.state();
  }

  public void onConnectivityChange(Consumer<Connectivity.State> listener) {
    connectivity.onChange(listener);
  }

  /** After every pass of the worker, its own or a "sync now". */
  public void onPass(Consumer<SyncWorker.Pass> listener) {
    sync.onPass(listener);
  }

  /** Tries every pending action now, due or not; blocks until the pass is over. */
  public SyncWorker.Pass syncNow() {
    return sync.runOnce(true);
  }
}
