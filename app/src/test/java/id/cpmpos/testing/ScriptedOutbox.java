package id.cpmpos.testing;

import id.cpmpos.sync.Connectivity;
import id.cpmpos.sync.PendingSummary;
import id.cpmpos.sync.SyncWorker;
import id.cpmpos.terminal.Outbox;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The outbox as the status bar sees it, in the state the test sets: what waits, whether the provider is
 * reachable, and what the next "sync now" comes to. Like the worker, it tells its listeners of every
 * pass and of every change of connectivity, on the caller's thread.
 */
public final class ScriptedOutbox implements Outbox {
  public static final PendingSummary EMPTY = new PendingSummary(0, Map.of(), Duration.ZERO);

  private PendingSummary waiting = EMPTY;
  private Connectivity.State connectivity = Connectivity.State.UNKNOWN;
  private SyncWorker.Pass nextPass;
  private Connectivity.State afterPass;
  private RuntimeException failure;
  private final List<Consumer<Connectivity.State>> connectivityListeners = new ArrayList<>();
  private final List<Consumer<SyncWorker.Pass>> passListeners = new ArrayList<>();

  /** {@code count} actions waiting, worth {@code rupiah} in all, the oldest {@code age} old. */
  public static PendingSummary waiting(int count, String rupiah, Duration age) {
    return new PendingSummary(count, Map.of("IDR", new BigDecimal(rupiah).setScale(2)), age);
  }

  public void holding(PendingSummary now) {
    waiting = now;
  }

  /** The provider's reachability changes now; listeners hear of it. */
  public void connectivity(Connectivity.State now) {
    connectivity = now;
    connectivityListeners.forEach(l -> l.accept(now));
  }

  /** The next "sync now" tries {@code attempted}, finishes {@code finished}, and leaves {@code left}; the provider is then {@code state}. */
  public void nextPass(int attempted, int finished, PendingSummary left, Connectivity.State state) {
    nextPass = new SyncWorker.Pass(attempted, finished, left);
    afterPass = state;
  }

  /** From now on reading the outbox fails so (a journal that cannot be read). */
  public void failWith(RuntimeException e) {
    failure = e;
  }

  @Override
  public PendingSummary summary() {
    if (failure != null) {
      throw failure;
    }
    return waiting;
  }

  @Override
  public Connectivity.State connectivity() {
    return connectivity;
  }

  @Override
  public void onConnectivityChange(Consumer<Connectivity.State> listener) {
    connectivityListeners.add(listener);
  }

  @Override
  public void onPass(Consumer<SyncWorker.Pass> listener) {
    passListeners.add(listener);
  }

  @Override
  public SyncWorker.Pass syncNow() {
    if (failure != null) {
      throw failure;
    }
    SyncWorker.Pass pass = nextPass == null ? new SyncWorker.Pass(0, 0, waiting) : nextPass;
    waiting = pass.remaining();
    if (afterPass != null) {
      connectivity(afterPass);
    }
    passListeners.forEach(l -> l.accept(pass));
    return pass;
  }
}
