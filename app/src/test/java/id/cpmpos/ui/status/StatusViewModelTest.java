package id.cpmpos.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.sync.Connectivity;
import id.cpmpos.terminal.ReversalOutcome;
import id.cpmpos.testing.SandboxFixture;
import id.cpmpos.testing.Terminals;
import id.cpmpos.ui.Formats;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status bar's numbers, without a stage, against the real sandbox and journal. */
class StatusViewModelTest {
  @TempDir Path dir;
  SandboxFixture fixture;
  TerminalContext terminal;
  StatusViewModel vm;
  final Executor direct = Runnable::run;

  @BeforeEach
  void start() throws Exception {
    fixture = new SandboxFixture(dir);
    fixture.override("ui.language", "en");
    terminal = TerminalContext.open(fixture.config, Clock.systemUTC());
    vm = new StatusViewModel(terminal.outbox(), terminal.messages(),
        new Formats(terminal.messages(), terminal.config().zone()), direct, direct);
  }

  @AfterEach
  void stop() {
    terminal.close();
    fixture.close();
  }

  /** A paid sale, then an outage, then a refund: the refund waits in the outbox. */
  String refundQueuedWhileOffline() throws Exception {
    Terminals.setPin(terminal);
    String ref = Terminals.paid(terminal, fixture, "10000");
    fixture.sandbox.stopListening();
    ReversalOutcome o = terminal.reversals().refund(ref, "4000", "goods returned", Terminals.PIN.toCharArray());
    assertTrue(o.isPending(), o.toString());
    return ref;
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
  void aPaymentMakesTheProviderReachable() throws Exception {
    Terminals.paid(terminal, fixture, "5000");
    assertEquals(Connectivity.State.REACHABLE, vm.connectivityProperty().get());
    assertEquals("Provider: reachable", vm.connectivityTextProperty().get());
  }

  @Test
  void whatWaitsWhileOfflineIsShownInNumbers() throws Exception {
    refundQueuedWhileOffline();
    // The refund itself may have gone out on a pooled connection the outage cut (answer lost: proves
    // nothing about reachability); the next try is refused and proves the provider unreachable.
    vm.syncNow();
    vm.refresh();

    assertEquals("Last sync: 0 of 1 finished", vm.lastSyncProperty().get());
    assertEquals(Connectivity.State.UNREACHABLE, vm.connectivityProperty().get());
    assertEquals("Provider: UNREACHABLE", vm.connectivityTextProperty().get());
    assertEquals(1, vm.pendingCountProperty().get());
    assertEquals("Outbox: 1 pending · Rp 4.000 · oldest < 1 min", vm.outboxTextProperty().get());
  }

  @Test
  void syncNowWhenTheProviderIsBackEmptiesTheOutbox() throws Exception {
    int port = fixture.sandbox.port();
    String ref = refundQueuedWhileOffline();
    vm.refresh();
    fixture.sandbox.start(port);

    vm.syncNow();

    assertEquals(0, vm.pendingCountProperty().get());
    assertEquals("Last sync: 1 of 1 finished", vm.lastSyncProperty().get());
    assertEquals(Connectivity.State.REACHABLE, vm.connectivityProperty().get());
    assertFalse(vm.syncingProperty().get());
    assertEquals("4000.00", fixture.sandbox.ledger().refunds(ref).get(0).amount());
  }

  @Test
  void connectivityChangesOnOtherThreadsArriveThroughTheUiExecutor() {
    List<Runnable> uiQueue = new ArrayList<>();
    StatusViewModel queued = new StatusViewModel(terminal.outbox(), terminal.messages(),
        new Formats(terminal.messages(), terminal.config().zone()), direct, uiQueue::add);
    terminal.connectivity().set(Connectivity.State.UNREACHABLE);

    assertEquals(Connectivity.State.UNKNOWN, queued.connectivityProperty().get(), "not before the UI runs it");
    uiQueue.forEach(Runnable::run);
    assertEquals(Connectivity.State.UNREACHABLE, queued.connectivityProperty().get());
    assertEquals("Provider: UNREACHABLE", queued.connectivityTextProperty().get());
  }

  @Test
  void quittingWithAPendingRefundSaysWhatWaits() throws Exception {
    refundQueuedWhileOffline();
    List<Optional<String>> warnings = new ArrayList<>();
    vm.quitWarning(warnings::add);

    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).orElseThrow().startsWith("1 action pending (Rp 4.000), oldest < 1 min."),
        warnings.get(0).get());
  }

  @Test
  void quittingWithAnEmptyOutboxNeedsNoWarning() {
    List<Optional<String>> warnings = new ArrayList<>();
    vm.quitWarning(warnings::add);
    assertEquals(List.of(Optional.empty()), warnings);
  }
}
