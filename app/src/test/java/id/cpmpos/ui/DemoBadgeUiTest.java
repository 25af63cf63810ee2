package id.cpmpos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.sandbox.Scenario;
import id.cpmpos.testing.UiStage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Demo mode: DEMO is on every screen, whole, at the window's default size with the real stylesheet. */
@ExtendWith(UiStage.class)
class DemoBadgeUiTest {
  @TempDir static Path dir;
  TerminalContext terminal;
  ExecutorService background = Executors.newSingleThreadExecutor();

  @Start
  void start(Stage stage) throws Exception {
    terminal = TerminalContext.demo(Clock.systemUTC(),
        Files.createTempDirectory(dir, "demo").resolve("journal.db"));
    Scene scene = new Scene(CpmPosApp.mainWindow(terminal, background), 1024, 720);
    scene.getStylesheets()
        .add(Objects.requireNonNull(CpmPosApp.class.getResource("/assets/css/cpm-pos.css"))
            .toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void stop() {
    background.shutdownNow();
    terminal.close();
  }

  void assertWhole(Label badge) {
    assertTrue(badge.isVisible());
    assertEquals("DEMO", badge.getText());
    assertTrue(badge.getWidth() >= badge.prefWidth(-1) - 0.5,
        "the badge is cut: " + badge.getWidth() + " < " + badge.prefWidth(-1));
  }

  @Test
  void demoIsWholeOnTheCheckoutAndTheHistory(FxRobot robot) {
    Label badge = robot.lookup("#demo-badge").queryAs(Label.class);
    assertWhole(badge);
    robot.type(KeyCode.F2);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(robot.lookup("#history").tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    assertWhole(robot.lookup("#demo-badge").queryAs(Label.class));
  }

  @Test
  void aPendingSaleWithAbandonKeepsItsReferenceAndTheStatusBarInView(FxRobot robot)
      throws Exception {
    String qr = terminal.wallet().generate(Scenario.DROP).content();
    robot.clickOn("#amount").write("15000").type(KeyCode.ENTER);
    robot.write(qr).type(KeyCode.ENTER);
    Button abandon = robot.lookup("#abandon").queryAs(Button.class);
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, abandon::isVisible);
    WaitForAsyncUtils.waitForFxEvents();

    Label detail = robot.lookup("#detail").queryAs(Label.class);
    assertTrue(detail.getHeight() >= detail.prefHeight(detail.getWidth()) - 0.5,
        "the reference is not cut off");
    Node bar = robot.lookup("#status-bar").query();
    Bounds inScene = bar.localToScene(bar.getBoundsInLocal());
    assertTrue(inScene.getMaxY() <= bar.getScene().getHeight() + 0.5,
        "status bar below the window: " + inScene);
    Bounds button = abandon.localToScene(abandon.getBoundsInLocal());
    assertTrue(button.getMaxY() <= inScene.getMinY(),
        "Abandon hidden under the status bar: " + button);
  }
}
