package id.cpmpos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.testing.Terminals;
import id.cpmpos.testing.UiStage;
import id.cpmpos.testing.UiTerminal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The supervisor dialog closed without doing anything, before a PIN was ever set: the history
 * reads the dialog's result on hiding, which was the pressed ButtonType (ClassCastException at
 * HistoryView's {@code dialog.getResult()}, the cashier saw nothing and the FX thread logged it).
 */
@ExtendWith(UiStage.class)
class ReversalDialogUiTest {
  @TempDir static Path dir;
  @AutoClose UiTerminal ui;
  final List<Throwable> uncaught = new CopyOnWriteArrayList<>();

  @Start
  void start(Stage stage) throws Exception {
    ui = UiTerminal.open(dir, "ui.language", "en");
    Terminals.paid(ui.terminal, ui.fixture, "25000"); // no supervisor PIN: the dialog says how to set one
    // An exception in an event handler does not reach the test by itself: collect what the FX thread drops.
    Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
    UiStage.show(stage, CpmPosApp.mainWindow(ui.terminal, ui.background));
  }

  @Test
  void closingTheNoPinDialogOfARefundOrACancelLeavesHistoryAsItWas(FxRobot robot) throws Exception {
    robot.type(KeyCode.F2);
    @SuppressWarnings("unchecked")
    TableView<Object> table = robot.lookup("#history-table").queryAs(TableView.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
    robot.interact(() -> table.getSelectionModel().select(0));

    for (String button : List.of("#refund", "#cancel-payment")) {
      robot.clickOn(button);
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
          () -> robot.lookup("#pin-not-set").tryQuery().isPresent());
      robot.clickOn("#reversal-close");
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
          () -> robot.lookup("#pin-not-set").tryQuery().isEmpty());
      WaitForAsyncUtils.waitForFxEvents();
    }

    assertEquals(List.of(), uncaught.stream().map(Throwable::toString).toList());
    assertEquals("", robot.lookup("#history-notice").queryAs(Label.class).getText(),
        "nothing was done");
    String sale = ui.terminal.journal().payments().recent(1).get(0).partnerReferenceNo();
    assertTrue(ui.terminal.journal().reversals().refunds(sale).isEmpty());
  }
}
