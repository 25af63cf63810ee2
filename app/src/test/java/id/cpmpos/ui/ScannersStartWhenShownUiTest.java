package id.cpmpos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.cpmpos.scanner.ScannerState;
import id.cpmpos.testing.UiStage;
import id.cpmpos.testing.UiTerminal;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The scanners (a webcam's driver takes seconds to load on a busy machine) start once the checkout
 * window is shown, not while it is being built: the cashier sees the checkout first.
 */
@ExtendWith(UiStage.class)
class ScannersStartWhenShownUiTest {
  @TempDir Path dir;
  @AutoClose UiTerminal ui;

  @Start
  void start(Stage stage) {
    // nothing shown yet: the test builds the window itself
  }

  @Test
  void theWedgeStartsWhenTheWindowIsShownNotWhenItIsBuilt() throws Exception {
    ui = UiTerminal.open(dir, "scanner.webcam", "off");
    Stage stage = WaitForAsyncUtils.asyncFx(() -> {
      Stage s = new Stage();
      s.setScene(new Scene(CpmPosApp.mainWindow(ui.terminal, ui.background), 1024, 720));
      return s;
    }).get(15, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(ScannerState.STOPPED, ui.terminal.scanners().wedge().status().state(),
        "built, not shown: not started");

    WaitForAsyncUtils.asyncFx(stage::show).get(15, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
        () -> ui.terminal.scanners().wedge().status().state() != ScannerState.STOPPED);
    WaitForAsyncUtils.asyncFx(stage::close).get(15, TimeUnit.SECONDS);
  }
}
