package id.cpmpos.ui.status;

import id.cpmpos.i18n.Messages;
import id.cpmpos.sync.Connectivity;
import id.cpmpos.sync.PendingSummary;
import id.cpmpos.sync.SyncWorker;
import id.cpmpos.terminal.Outbox;
import id.cpmpos.ui.Formats;
import id.cpmpos.ui.TaskExecutor;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * (count, total per currency, age of the oldest). Reads run off the UI thread; every property changes
 * on it only, including on word from the sync worker's thread. It does not listen to the worker
 * itself: the worker lives as long as the terminal and a window rebuilt in another language would
 * leave its listeners there, so the terminal's one listener tells the window shown now
 * ({@link #connectivityChanged}, {@link #passed}).
 */
public final class StatusViewModel {
  private static final Logger log = LoggerFactory.getLogger(StatusViewModel.class);

  private final Outbox outbox;
  private final Messages messages;
  private final Formats formats;
  private final TaskExecutor tasks;

  private final ObjectProperty<Connectivity.State> connectivity = new SimpleObjectProperty<>();
  private final StringProperty connectivityText = new SimpleStringProperty("");
  private final IntegerProperty pendingCount = new SimpleIntegerProperty();
  private final StringProperty outboxText = new SimpleStringProperty("");
  private final BooleanProperty syncing = new SimpleBooleanProperty();
  private final StringProperty lastSync = new SimpleStringProperty("");
  private PendingSummary summary = new PendingSummary(0, Map.of(), Duration.ZERO);

  public StatusViewModel(Outbox outbox, Messages messages, Formats formats, TaskExecutor tasks) {
    this.outbox = outbox;
    this.messages = messages;
    this.formats = formats;
    this.tasks = tasks;
    showConnectivity(outbox.connectivity());
    showSummary(summary);
  }

  /** The provider became reachable or unreachable (on the worker's thread). */
  public void connectivityChanged(Connectivity.State state) {
    tasks.onUi(() -> showConnectivity(state));
  }

  /** A pass of the worker ended, its own or a "sync now" (on the thread that ran it). */
  public void passed(SyncWorker.Pass pass) {
    tasks.onUi(() -> showSummary(pass.remaining()));
  }

  /** Reads the outbox again (the timer calls this; so does the screen after a reversal). */
  public void refresh() {
    tasks.call(outbox::summary, s -> {
      showSummary(s);
      showConnectivity(outbox.connectivity()); // a value in memory
    }, e -> log.warn("status: cannot read the outbox: {}", e.toString()));
  }

  /** "Sync now": tries everything pending at once, due or not. Ignored while one runs. */
  public void syncNow() {
    if (syncing.get()) {
      return;
    }
    syncing.set(true);
    lastSync.set(messages.get("status.syncing"));
    tasks.call(outbox::syncNow, pass -> {
      showSummary(pass.remaining());
      lastSync.set(messages.get("status.synced", pass.attempted(), pass.finished(),
          pass.remaining().count()));
      syncEnded();
    }, e -> {
      log.warn("status: sync now failed: {}", e.toString());
      lastSync.set(messages.get("status.syncFailed"));
      syncEnded();
    });
  }

  private void syncEnded() {
    showConnectivity(outbox.connectivity());
    syncing.set(false);
  }

  /**
   * Before quitting: reads the outbox and hands {@code then} (on the UI executor) the warning to
   * show, or empty when nothing waits.
   */
  public void quitWarning(Consumer<Optional<String>> then) {
    tasks.call(outbox::summary, s -> then.accept(s.isEmpty()
        ? Optional.empty()
        : Optional.of(messages.get("quit.pending", s.count(), formats.totals(s.totals()),
            formats.age(s.oldestAge())))),
        e -> then.accept(Optional.of(messages.get("quit.unknown"))));
  }

  private void showConnectivity(Connectivity.State state) {
    connectivity.set(state);
    connectivityText.set(messages.get("status.provider." + state.name().toLowerCase(Locale.ROOT)));
  }

  private void showSummary(PendingSummary s) {
    summary = s;
    pendingCount.set(s.count());
    outboxText.set(s.isEmpty()
        ? messages.get("status.outbox.empty")
        : messages.get("status.outbox.pending", s.count(), formats.totals(s.totals()),
            formats.age(s.oldestAge())));
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
}
