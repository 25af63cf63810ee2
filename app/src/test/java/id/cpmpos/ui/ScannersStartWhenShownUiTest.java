package id.cpmpos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.scanner.ScannerState;
import id.cpmpos.testing.SandboxFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The scanners (a webcam's driver takes seconds to load on a busy machine) start once the checkout
 * window is shown, not while it is being built: the cashier sees the checkout first.
 */
@ExtendWith(ApplicationExtension.class)
class ScannersStartWhenShownUiTest {
  @TempDir Path dir;
  SandboxFixture fixture;
  TerminalContext terminal;
  final ExecutorService background = Executors.newSingleThreadExecutor();

  @Start
  void start(Stage stage) {
    // nothing shown yet: the test builds the window itself
  }

  @AfterEach
  void stop() {
    background.shutdownNow();
    terminal.close();
    fixture.close();
  }

  @Test
  void theWedgeStartsWhenTheWindowIsShownNotWhenItIsBuilt() throws Exception {
    fixture = new SandboxFixture(dir);
    fixture.override("scanner.webcam", "off");
    terminal = TerminalContext.open(fixture.config, Clock.systemUTC());
    Stage stage = WaitForAsyncUtils.asyncFx(() -> {
      Stage s = new Stage();
      s.setScene(new Scene(CpmPosApp.mainWindow(terminal, background), 1024, 720));
      return s;
    }).get(15, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(ScannerState.STOPPED, terminal.scanners().wedge().status().state(), "built, not shown: not started");

    WaitForAsyncUtils.asyncFx(stage::show).get(15, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
        () -> terminal.scanners().wedge().status().state() != ScannerState.STOPPED);
    WaitForAsyncUtils.asyncFx(stage::close).get(15, TimeUnit.SECONDS);
  }
}
