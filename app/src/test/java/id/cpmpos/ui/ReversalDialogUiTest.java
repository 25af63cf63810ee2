package id.cpmpos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.testing.SandboxFixture;
import id.cpmpos.testing.Terminals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The supervisor dialog closed without doing anything, before a PIN was ever set: the history
 * reads the dialog's result on hiding, which was the pressed ButtonType (ClassCastException at
 * HistoryView's {@code dialog.getResult()}, the cashier saw nothing and the FX thread logged it).
 */
@ExtendWith(ApplicationExtension.class)
class ReversalDialogUiTest {
  @TempDir static Path dir;
  SandboxFixture fixture;
  TerminalContext terminal;
  ExecutorService background = Executors.newSingleThreadExecutor();
  final List<Throwable> uncaught = new CopyOnWriteArrayList<>();

  @Start
  void start(Stage stage) throws Exception {
    fixture = new SandboxFixture(Files.createTempDirectory(dir, "reversal"));
    fixture.override("ui.language", "en");
    terminal = TerminalContext.open(fixture.config, Clock.systemUTC());
    Terminals.paid(terminal, fixture, "25000"); // no supervisor PIN: the dialog says how to set one
    // An exception in an event handler does not reach the test by itself: collect what the FX thread drops.
    Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
    stage.setScene(new Scene(CpmPosApp.mainWindow(terminal, background), 1024, 720));
    stage.show();
    stage.requestFocus();
  }

  @AfterEach
  void stop() {
    background.shutdownNow();
    terminal.close();
    fixture.close();
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
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#pin-not-set").tryQuery().isPresent());
      robot.clickOn("#reversal-close");
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#pin-not-set").tryQuery().isEmpty());
      WaitForAsyncUtils.waitForFxEvents();
    }

    assertEquals(List.of(), uncaught.stream().map(Throwable::toString).toList());
    assertEquals("", robot.lookup("#history-notice").queryAs(Label.class).getText(), "nothing was done");
    assertTrue(terminal.journal().reversals().refunds(terminal.journal().payments().recent(1).get(0).partnerReferenceNo()).isEmpty());
  }
}
