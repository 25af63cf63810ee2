package id.cpmpos.terminal;

import id.cpmpos.sync.Connectivity;
import id.cpmpos.sync.PendingSummary;
import id.cpmpos.sync.SyncWorker;
import java.util.function.Consumer;

/** The outbox as the sync worker and the connectivity monitor keep it. */
public record SyncOutbox(SyncWorker sync, Connectivity monitor) implements Outbox {
  @Override
  public PendingSummary summary() {
    return sync.summary();
  }

  @Override
  public Connectivity.State connectivity() {
    return monitor.state();
  }

  @Override
  public void onConnectivityChange(Consumer<Connectivity.State> listener) {
    monitor.onChange(listener);
  }

  @Override
  public void onPass(Consumer<SyncWorker.Pass> listener) {
    sync.onPass(listener);
  }

  @Override
  public SyncWorker.Pass syncNow() {
    return sync.runOnce(true);
  }
}
