package id.cpmpos.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.i18n.Messages;
import id.cpmpos.sync.Connectivity;
import id.cpmpos.testing.ScriptedOutbox;
import id.cpmpos.ui.Formats;
import id.cpmpos.ui.TaskExecutor;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The status bar's numbers, without a stage: the outbox stands as each test sets it. The worker's
 * passes on the real stack are StatusBarUiTest's and SyncWorkerIT's.
 */
class StatusViewModelTest {
  final Messages en = Messages.forLanguage("en");
  final ScriptedOutbox outbox = new ScriptedOutbox();
  final StatusViewModel vm = status(new TaskExecutor(Runnable::run, Runnable::run));

  StatusViewModel status(TaskExecutor tasks) {
    return new StatusViewModel(outbox, en, new Formats(en, ZoneId.of("Asia/Jakarta")), tasks);
  }

  @Test
  void anEmptyOutboxSaysSoAndTheProviderIsNotKnownBeforeAnyCall() {
    vm.refresh();
    assertEquals("Outbox empty", vm.outboxTextProperty().get());
    assertEquals(0, vm.pendingCountProperty().get());
    assertEquals(Connectivity.State.UNKNOWN, vm.connectivityProperty().get());
    assertEquals("Provider: not known yet", vm.connectivityTextProperty().get());
  }

  @Test
  void whatWaitsWhileOfflineIsShownInNumbers() {
    outbox.holding(ScriptedOutbox.waiting(1, "4000", Duration.ofSeconds(20)));
    outbox.nextPass(1, 0, ScriptedOutbox.waiting(1, "4000", Duration.ofSeconds(21)),
        Connectivity.State.UNREACHABLE);

    vm.syncNow();

    assertEquals("Last sync: 0 of 1 finished", vm.lastSyncProperty().get());
    assertEquals(Connectivity.State.UNREACHABLE, vm.connectivityProperty().get());
    assertEquals("Provider: UNREACHABLE", vm.connectivityTextProperty().get());
    assertEquals(1, vm.pendingCountProperty().get());
    assertEquals("Outbox: 1 pending · Rp 4.000 · oldest < 1 min", vm.outboxTextProperty().get());
    assertFalse(vm.syncingProperty().get());
  }

  @Test
  void syncNowWhenTheProviderIsBackEmptiesTheOutbox() {
    outbox.holding(ScriptedOutbox.waiting(1, "4000", Duration.ofMinutes(3)));
    vm.refresh();
    assertEquals("Outbox: 1 pending · Rp 4.000 · oldest 3 min", vm.outboxTextProperty().get());
    outbox.nextPass(1, 1, ScriptedOutbox.EMPTY, Connectivity.State.REACHABLE);

    vm.syncNow();

    assertEquals(0, vm.pendingCountProperty().get());
    assertEquals("Outbox empty", vm.outboxTextProperty().get());
    assertEquals("Last sync: 1 of 1 finished", vm.lastSyncProperty().get());
    assertEquals(Connectivity.State.REACHABLE, vm.connectivityProperty().get());
    assertFalse(vm.syncingProperty().get());
  }

  @Test
  void aSyncNowThatFailsSaysItIsRetriedAndEnds() {
    outbox.failWith(new IllegalStateException("SQLITE_BUSY"));

    vm.syncNow();

    assertEquals("Sync failed; it is retried automatically.", vm.lastSyncProperty().get());
    assertFalse(vm.syncingProperty().get());
  }

  @Test
  void aSecondSyncNowWhileOneRunsIsIgnored() {
    List<Runnable> background = new ArrayList<>();
    StatusViewModel slow = status(new TaskExecutor(background::add, Runnable::run));
    slow.syncNow();
    slow.syncNow();

    assertEquals(1, background.size());
    assertEquals("Syncing…", slow.lastSyncProperty().get());
    background.get(0).run();
    assertFalse(slow.syncingProperty().get());
  }

  @Test
  void wordFromTheWorkersThreadArrivesThroughTheUiExecutor() {
    List<Runnable> uiQueue = new ArrayList<>();
    StatusViewModel queued = status(new TaskExecutor(Runnable::run, uiQueue::add));

    outbox.holding(ScriptedOutbox.waiting(2, "9000", Duration.ofMinutes(5)));
    // What the terminal's listeners pass on from the worker's thread:
    queued.connectivityChanged(Connectivity.State.UNREACHABLE);
    queued.passed(outbox.syncNow());

    assertEquals(Connectivity.State.UNKNOWN, queued.connectivityProperty().get(),
        "not before the UI runs it");
    assertEquals(0, queued.pendingCountProperty().get());
    uiQueue.forEach(Runnable::run);
    assertEquals(Connectivity.State.UNREACHABLE, queued.connectivityProperty().get());
    assertEquals("Provider: UNREACHABLE", queued.connectivityTextProperty().get());
    assertEquals("Outbox: 2 pending · Rp 9.000 · oldest 5 min", queued.outboxTextProperty().get());
  }

  @Test
  void quittingWithAPendingRefundSaysWhatWaits() {
    outbox.holding(ScriptedOutbox.waiting(1, "4000", Duration.ofSeconds(30)));
    List<Optional<String>> warnings = new ArrayList<>();
    vm.quitWarning(warnings::add);

    assertEquals(1, warnings.size());
    assertTrue(
        warnings.get(0).orElseThrow().startsWith("1 action pending (Rp 4.000), oldest < 1 min."),
        warnings.get(0).get());
  }

  @Test
  void quittingWithAnEmptyOutboxNeedsNoWarning() {
    List<Optional<String>> warnings = new ArrayList<>();
    vm.quitWarning(warnings::add);
    assertEquals(List.of(Optional.empty()), warnings);
  }

  @Test
  void quittingWithAnOutboxThatCannotBeReadSaysSo() {
    outbox.failWith(new IllegalStateException("SQLITE_CORRUPT"));
    List<Optional<String>> warnings = new ArrayList<>();
    vm.quitWarning(warnings::add);
    assertEquals(List.of(Optional.of("The outbox cannot be read. The journal still keeps it.")),
        warnings);
  }
}
