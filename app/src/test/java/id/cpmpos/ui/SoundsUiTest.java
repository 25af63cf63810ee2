package id.cpmpos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.cpmpos.sandbox.Scenario;
import id.cpmpos.testing.UiStage;
import id.cpmpos.testing.UiTerminal;
import id.cpmpos.ui.sound.Cue;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The counter's sounds, heard where they leave for the speaker: a beep per scan, a tone per result, none when muted. */
@ExtendWith(UiStage.class)
class SoundsUiTest {
  @TempDir static Path dir;
  @AutoClose UiTerminal ui;
  MainWindow window;
  final List<Cue> heard = new CopyOnWriteArrayList<>();

  @Start
  void start(Stage stage) throws Exception {
    ui = UiTerminal.open(dir, "scanner.webcam", "off");
    window = CpmPosApp.mainWindow(ui.terminal, ui.background);
    window.sounds().output(heard::add);
    UiStage.show(stage, window);
  }

  /** A keyboard-wedge scanner types the code and Enter into the focused field. */
  private void scan(FxRobot robot, String qr) {
    robot.interact(() -> {
      var target = window.getScene().getFocusOwner();
      for (char c : qr.toCharArray()) {
        Event.fireEvent(target,
            new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED, false,
                false, false, false));
      }
      Event.fireEvent(target,
          new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
    });
  }

  private void sale(FxRobot robot, Scenario scenario, int cues) throws Exception {
    robot.clickOn("#amount").write("15000").type(KeyCode.ENTER);
    scan(robot, ui.fixture.customerQr(scenario));
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> heard.size() >= cues);
  }

  @Test
  void aScanBeepsAndEachResultHasItsTone(FxRobot robot) throws Exception {
    sale(robot, Scenario.APPROVE, 2);
    assertEquals(List.of(Cue.SCAN, Cue.APPROVED), heard);

    sale(robot, Scenario.INSUFFICIENT_FUNDS, 4);
    assertEquals(List.of(Cue.SCAN, Cue.APPROVED, Cue.SCAN, Cue.DECLINED), heard);

    robot.interact(() -> robot.lookup("#amount").queryAs(TextField.class).clear());
    sale(robot, Scenario.DROP, 6);
    assertEquals(List.of(Cue.SCAN, Cue.APPROVED, Cue.SCAN, Cue.DECLINED, Cue.SCAN, Cue.PENDING),
        heard);
  }

  @Test
  void mutedTheCounterIsSilent(FxRobot robot) throws Exception {
    robot.interact(() -> window.sounds().enabledProperty().set(false));
    sale(robot, Scenario.APPROVE, 0);
    String approved = ui.terminal.messages().get("checkout.approved");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
        () -> approved.equals(robot.lookup("#headline").queryAs(Label.class).getText()));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(List.of(), heard);
  }
}
