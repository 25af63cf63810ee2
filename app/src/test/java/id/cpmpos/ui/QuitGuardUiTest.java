package id.cpmpos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.sandbox.Scenario;
import id.cpmpos.terminal.PaymentOutcome;
import id.cpmpos.testing.UiStage;
import id.cpmpos.testing.UiTerminal;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** Closing the window with work in the outbox says what waits and lets the cashier stay. */
@ExtendWith(UiStage.class)
class QuitGuardUiTest {
  @TempDir static Path dir;
  @AutoClose UiTerminal ui;
  final AtomicInteger quits = new AtomicInteger();
  Stage stage;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    ui = UiTerminal.open(dir, "ui.language", "en");
    MainWindow window = CpmPosApp.mainWindow(ui.terminal, ui.background);
    window.guardQuit(stage, quits::incrementAndGet);
    UiStage.show(stage, window);
  }

  void close(FxRobot robot) {
    robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
  }

  @Test
  void anEmptyOutboxQuitsAtOnce(FxRobot robot) throws Exception {
    close(robot);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> quits.get() == 1);
    assertTrue(robot.lookup("#quit-dialog").tryQuery().isEmpty());
  }

  @Test
  void aPendingPaymentIsNamedAndTheCashierMayStayOrQuitAnyway(FxRobot robot) throws Exception {
    PaymentOutcome lost = ui.terminal.payments().pay("25000", ui.fixture.customerQr(Scenario.DROP),
        null);
    assertTrue(lost instanceof PaymentOutcome.Pending, lost.toString());

    close(robot);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> robot.lookup("#quit-dialog").tryQuery().isPresent());
    String text = robot.lookup("#quit-dialog").queryAs(DialogPane.class).getContentText();
    assertTrue(text.startsWith("1 action pending (Rp 25.000), oldest < 1 min."), text);
    robot.clickOn("#quit-stay");
    // The first dialog is gone before the second is asked for: a hiding dialog's buttons are still in
    // a lookup, but no longer visible, and a click on them would land nowhere.
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> robot.lookup("#quit-anyway").match(NodeQueryUtils.isVisible())
            .tryQuery().isEmpty());
    assertEquals(0, quits.get(), "staying keeps the terminal open");

    close(robot);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> robot.lookup("#quit-anyway").match(NodeQueryUtils.isVisible())
            .tryQuery().isPresent());
    robot.clickOn("#quit-anyway");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> quits.get() == 1);
    assertEquals(1, ui.terminal.outbox().summary().count(),
        "quitting loses nothing: the journal keeps it");
  }
}
