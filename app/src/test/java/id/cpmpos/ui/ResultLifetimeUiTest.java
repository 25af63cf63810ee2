package id.cpmpos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.testing.SandboxFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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

/** A result on the real window: it stays, Escape clears it, F2 then F1 does not bring it back; history's calls in words. */
@ExtendWith(ApplicationExtension.class)
class ResultLifetimeUiTest {
  @TempDir static Path dir;
  SandboxFixture fixture;
  TerminalContext terminal;
  final ExecutorService background = Executors.newSingleThreadExecutor();

  @Start
  void start(Stage stage) throws Exception {
    fixture = new SandboxFixture(Files.createTempDirectory(dir, "result"));
    fixture.override("ui.language", "en");
    fixture.override("scanner.webcam", "off");
    terminal = TerminalContext.open(fixture.config, Clock.systemUTC());
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

  private String headline(FxRobot robot) {
    return robot.lookup("#headline").queryAs(Label.class).getText();
  }

  private void approvedSale(FxRobot robot) throws Exception {
    robot.clickOn("#amount").write("25000").type(KeyCode.ENTER);
    robot.interact(() -> robot.lookup("#scan").queryAs(TextField.class).setText(fixture.customerQr()));
    robot.clickOn("#pay");
    String approved = terminal.messages().get("checkout.approved");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> approved.equals(headline(robot)));
  }

  @Test
  void escapeClearsTheResult(FxRobot robot) throws Exception {
    approvedSale(robot);
    robot.type(KeyCode.TAB); // the cashier moves around the screen: the result stays
    assertEquals(terminal.messages().get("checkout.approved"), headline(robot));

    robot.type(KeyCode.ESCAPE);

    assertEquals(terminal.messages().get("checkout.ready"), headline(robot));
    assertEquals("", robot.lookup("#detail").queryAs(Label.class).getText());
  }

  @Test
  void f1AfterTheHistoryNeverBringsBackTheOldResultAndTheCallsSpeakPlainly(FxRobot robot) throws Exception {
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
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> calls.getItems().get(0).contains("HTTP 200"));

    robot.type(KeyCode.F1);

    assertEquals(terminal.messages().get("checkout.ready"), headline(robot));
    assertTrue(robot.lookup("#amount").queryAs(TextField.class).isFocused());
  }
}
