package id.cpmpos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.testing.UiStage;
import id.cpmpos.testing.UiTerminal;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A result on the real window: it stays, Escape clears it, F2 then F1 does not bring it back; history's calls in words. */
@ExtendWith(UiStage.class)
class ResultLifetimeUiTest {
  @TempDir static Path dir;
  @AutoClose UiTerminal ui;

  @Start
  void start(Stage stage) throws Exception {
    ui = UiTerminal.open(dir, "ui.language", "en", "scanner.webcam", "off");
    UiStage.show(stage, CpmPosApp.mainWindow(ui.terminal, ui.background));
  }

  private String headline(FxRobot robot) {
    return robot.lookup("#headline").queryAs(Label.class).getText();
  }

  private void approvedSale(FxRobot robot) throws Exception {
    robot.clickOn("#amount").write("25000").type(KeyCode.ENTER);
    robot.interact(
        () -> robot.lookup("#scan").queryAs(TextField.class).setText(ui.fixture.customerQr()));
    robot.clickOn("#pay");
    String approved = ui.terminal.messages().get("checkout.approved");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> approved.equals(headline(robot)));
  }

  @Test
  void escapeClearsTheResult(FxRobot robot) throws Exception {
    approvedSale(robot);
    robot.type(KeyCode.TAB); // the cashier moves around the screen: the result stays
    assertEquals(ui.terminal.messages().get("checkout.approved"), headline(robot));

    robot.type(KeyCode.ESCAPE);

    assertEquals(ui.terminal.messages().get("checkout.ready"), headline(robot));
    assertEquals("", robot.lookup("#detail").queryAs(Label.class).getText());
  }

  @Test
  void f1AfterTheHistoryNeverBringsBackTheOldResultAndTheCallsSpeakPlainly(FxRobot robot)
      throws Exception {
    approvedSale(robot);

    robot.type(KeyCode.F2);
    @SuppressWarnings("unchecked")
    TableView<Object> table = robot.lookup("#history-table").queryAs(TableView.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
    robot.interact(() -> table.getSelectionModel().select(0));
    @SuppressWarnings("unchecked")
    ListView<String> calls = robot.lookup("#history-calls").queryAs(ListView.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> calls.getItems().size() == 1
        && calls.getItems().get(0).endsWith("payment: done"));
    robot.clickOn("#history-call-details");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> calls.getItems().get(0).contains("HTTP 200"));

    robot.type(KeyCode.F1);

    assertEquals(ui.terminal.messages().get("checkout.ready"), headline(robot));
    assertTrue(robot.lookup("#amount").queryAs(TextField.class).isFocused());
  }
}
