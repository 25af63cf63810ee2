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
public interface Outbox {
  PendingSummary summary();

  Connectivity.State connectivity();

  void onConnectivityChange(Consumer<Connectivity.State> listener);

  /** After every pass of the worker, its own or a "sync now". */
  void onPass(Consumer<SyncWorker.Pass> listener);

  /** Tries every pending action now, due or not; blocks until the pass is over. */
  SyncWorker.Pass syncNow();
}
