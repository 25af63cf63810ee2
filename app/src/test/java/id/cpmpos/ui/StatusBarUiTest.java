package id.cpmpos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.testing.SandboxFixture;
import id.cpmpos.testing.Terminals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar, with the sync worker running, while the sandbox goes away and comes back. */
@ExtendWith(ApplicationExtension.class)
class StatusBarUiTest {
  @TempDir static Path dir;
  SandboxFixture fixture;
  TerminalContext terminal;
  ExecutorService background = Executors.newSingleThreadExecutor();

  @Start
  void start(Stage stage) throws Exception {
    fixture = new SandboxFixture(Files.createTempDirectory(dir, "status"));
    fixture.override("ui.language", "en");
    terminal = TerminalContext.open(fixture.config, Clock.systemUTC());
    terminal.sync().start();
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
  void theOutboxIsCountedWhileTheProviderIsDownAndEmptiedBySyncNow(FxRobot robot) throws Exception {
    Label outbox = robot.lookup("#status-outbox").queryAs(Label.class);
    Label provider = robot.lookup("#status-provider").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Outbox empty".equals(outbox.getText()));

    Terminals.setPin(terminal);
    String ref = Terminals.paid(terminal, fixture, "25000");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Provider: reachable".equals(provider.getText()));
    int port = fixture.sandbox.port();
    fixture.sandbox.stopListening();
    assertTrue(terminal.reversals().refund(ref, "4000", null, Terminals.PIN.toCharArray()).isPending());

    // The refund woke the worker; its pass (or the timer) brings the numbers, the failed call the state.
    // (A read while the payment itself was in flight counts that payment: wait for the refund alone.)
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
        () -> "Outbox: 1 pending · Rp 4.000 · oldest < 1 min".equals(outbox.getText()));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Provider: UNREACHABLE".equals(provider.getText()));

    fixture.sandbox.start(port);
    robot.clickOn("#sync-now");

    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> "Outbox empty".equals(outbox.getText()));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Provider: reachable".equals(provider.getText()));
    assertEquals("4000.00", fixture.sandbox.ledger().refunds(ref).get(0).amount());
  }
}
