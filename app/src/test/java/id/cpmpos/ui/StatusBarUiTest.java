package id.cpmpos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.testing.Terminals;
import id.cpmpos.testing.UiStage;
import id.cpmpos.testing.UiTerminal;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar, with the sync worker running, while the sandbox goes away and comes back. */
@ExtendWith(UiStage.class)
class StatusBarUiTest {
  @TempDir static Path dir;
  @AutoClose UiTerminal ui;

  @Start
  void start(Stage stage) throws Exception {
    ui = UiTerminal.open(dir, "ui.language", "en");
    ui.terminal.sync().start();
    UiStage.show(stage, CpmPosApp.mainWindow(ui.terminal, ui.background));
  }

  @Test
  void theOutboxIsCountedWhileTheProviderIsDownAndEmptiedBySyncNow(FxRobot robot) throws Exception {
    Label outbox = robot.lookup("#status-outbox").queryAs(Label.class);
    Label provider = robot.lookup("#status-provider").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Outbox empty".equals(outbox.getText()));

    Terminals.setPin(ui.terminal);
    String ref = Terminals.paid(ui.terminal, ui.fixture, "25000");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> "Provider: reachable".equals(provider.getText()));
    int port = ui.fixture.sandbox.port();
    ui.fixture.sandbox.stopListening();
    assertTrue(
        ui.terminal.reversals().refund(ref, "4000", null, Terminals.PIN.toCharArray()).isPending());

    // The refund woke the worker; its pass (or the timer) brings the numbers, the failed call the state.
    // (A read while the payment itself was in flight counts that payment: wait for the refund alone.)
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
        () -> "Outbox: 1 pending · Rp 4.000 · oldest < 1 min".equals(outbox.getText()));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> "Provider: UNREACHABLE".equals(provider.getText()));

    ui.fixture.sandbox.start(port);
    robot.clickOn("#sync-now");

    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> "Outbox empty".equals(outbox.getText()));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> "Provider: reachable".equals(provider.getText()));
    assertEquals("4000.00", ui.fixture.sandbox.ledger().refunds(ref).get(0).amount());
  }
}
