package id.cpmpos.ui.status;

import id.cpmpos.i18n.Messages;
import id.cpmpos.sync.Connectivity;
import id.cpmpos.sync.PendingSummary;
import id.cpmpos.sync.SyncWorker;
import id.cpmpos.terminal.Outbox;
import id.cpmpos.ui.Formats;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The status bar's state: is the provider reachable, and what waits in the outbox, in numbers
 * (count, total per currency, age of the oldest). Reads run on the background executor; every
 * property changes on the UI executor only, including on word from the sync worker's thread.
 */
public final class StatusViewModel {
  private static final Logger log = LoggerFactory.getLogger(StatusViewModel.class);

  private final Outbox outbox;
  private final Messages messages;
  private final Formats formats;
  private final Executor background;
  private final Executor ui;

  private final ObjectProperty<Connectivity.State> connectivity = new SimpleObjectProperty<>();
  private final StringProperty connectivityText = new SimpleStringProperty("");
  private final IntegerProperty pendingCount = new SimpleIntegerProperty();
  private final StringProperty outboxText = new SimpleStringProperty("");
  private final BooleanProperty syncing = new SimpleBooleanProperty();
  private final StringProperty lastSync = new SimpleStringProperty("");
  private PendingSummary summary = new PendingSummary(0, java.util.Map.of(), java.time.Duration.ZERO);

  public StatusViewModel(Outbox outbox, Messages messages, Formats formats, Executor background, Executor ui) {
    this.outbox = outbox;
    this.messages = messages;
    this.formats = formats;
    this.background = background;
    this.ui = ui;
    showConnectivity(outbox.connectivity());
    showSummary(summary);
    outbox.onConnectivityChange(state -> ui.execute(() -> showConnectivity(state)));
    outbox.onPass(pass -> ui.execute(() -> showSummary(pass.remaining())));
  }

  /** Reads the outbox again (the timer calls this; so does the screen after a reversal). */
  public void refresh() {
    run(() -> {
      try {
        PendingSummary s = outbox.summary();
        Connectivity.State c = outbox.connectivity();
        ui.execute(() -> {
          showSummary(s);
          showConnectivity(c);
        });
      } catch (RuntimeException e) {
        log.warn("status: cannot read the outbox: {}", e.toString());
      }
    });
  }

  /** "Sync now": tries everything pending at once, due or not. Ignored while one runs. */
  public void syncNow() {
    if (syncing.get()) {
      return;
    }
    syncing.set(true);
    lastSync.set(messages.get("status.syncing"));
    run(() -> {
      String text;
      PendingSummary remaining = null;
      try {
        SyncWorker.Pass pass = outbox.syncNow();
        remaining = pass.remaining();
        text = messages.get("status.synced", pass.attempted(), pass.finished(), pass.remaining().count());
      } catch (RuntimeException e) {
        log.warn("status: sync now failed: {}", e.toString());
        text = messages.get("status.syncFailed");
      }
      String shown = text;
      PendingSummary left = remaining;
      Connectivity.State c = outbox.connectivity();
      ui.execute(() -> {
        if (left != null) {
          showSummary(left);
        }
        showConnectivity(c);
        lastSync.set(shown);
        syncing.set(false);
      });
    });
  }

  /**
   * Before quitting: reads the outbox and hands {@code then} (on the UI executor) the warning to
   * show, or empty when nothing waits.
   */
  public void quitWarning(Consumer<Optional<String>> then) {
    run(() -> {
      Optional<String> warning;
      try {
        PendingSummary s = outbox.summary();
        warning = s.isEmpty() ? Optional.empty()
            : Optional.of(messages.get("quit.pending", s.count(), formats.totals(s.totals()), formats.age(s.oldestAge())));
      } catch (RuntimeException e) {
        warning = Optional.of(messages.get("quit.unknown"));
      }
      Optional<String> w = warning;
      ui.execute(() -> then.accept(w));
    });
  }

  private void showConnectivity(Connectivity.State state) {
    connectivity.set(state);
    connectivityText.set(messages.get("status.provider." + state.name().toLowerCase(java.util.Locale.ROOT)));
  }

  private void showSummary(PendingSummary s) {
    summary = s;
    pendingCount.set(s.count());
    outboxText.set(s.isEmpty() ? messages.get("status.outbox.empty")
        : messages.get("status.outbox.pending", s.count(), formats.totals(s.totals()), formats.age(s.oldestAge())));
  }

  public PendingSummary summary() {
    return summary;
  }

  public ObjectProperty<Connectivity.State> connectivityProperty() {
    return connectivity;
  }

  public StringProperty connectivityTextProperty() {
    return connectivityText;
  }

  public IntegerProperty pendingCountProperty() {
    return pendingCount;
  }

  public StringProperty outboxTextProperty() {
    return outboxText;
  }

  public BooleanProperty syncingProperty() {
    return syncing;
  }

  public StringProperty lastSyncProperty() {
    return lastSync;
  }

  /** Work for the background executor; once it is shut down (the window is closing) there is nothing left to show. */
  private void run(Runnable work) {
    try {
      background.execute(work);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      log.debug("closing: not reading any more");
    }
  }
}
