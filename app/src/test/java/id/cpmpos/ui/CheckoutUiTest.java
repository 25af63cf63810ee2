package id.cpmpos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.testing.SandboxFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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

/** The checkout screen, headless under Monocle, paying against the real sandbox on loopback. */
@ExtendWith(ApplicationExtension.class)
class CheckoutUiTest {
  @TempDir static Path dir;
  SandboxFixture fixture;
  TerminalContext terminal;
  ExecutorService background = Executors.newSingleThreadExecutor();

  @Start
  void start(Stage stage) throws Exception {
    fixture = new SandboxFixture(java.nio.file.Files.createTempDirectory(dir, "ui")); // a fresh journal per test
    terminal = TerminalContext.open(fixture.config, Clock.systemUTC());
    stage.setScene(new Scene(CpmPosApp.mainWindow(terminal, background), 1024, 720));
    stage.show();
    stage.requestFocus(); // Monocle on JavaFX 20+ does not focus a shown stage by itself
  }

  @AfterEach
  void stop() {
    background.shutdownNow();
    terminal.close();
    fixture.close();
  }

  @Test
  void typedAmountAndScannedQrAreApproved(FxRobot robot) throws Exception {
    String qr = fixture.customerQr();
    robot.clickOn("#amount").write("25000").type(KeyCode.ENTER);
    robot.write(qr).type(KeyCode.ENTER); // a keyboard-wedge scanner: content, then Enter

    String approved = terminal.messages().get("checkout.approved");
    Label headline = robot.lookup("#headline").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> approved.equals(headline.getText()));

    var row = terminal.journal().payments().recent(1).get(0);
    assertEquals(PaymentState.APPROVED, row.state());
    assertEquals("25000.00", row.amount().toPlainString());
    Label detail = robot.lookup("#detail").queryAs(Label.class);
    assertTrue(detail.getText().contains(row.referenceNo()), detail.getText());
  }

  @Test
  void productBarcodeIsRefusedWithAReasonAndNothingIsJournaled(FxRobot robot) throws Exception {
    robot.clickOn("#amount").write("25000").type(KeyCode.ENTER);
    robot.write("8992761111111").type(KeyCode.ENTER);

    String invalid = terminal.messages().get("checkout.invalid");
    Label headline = robot.lookup("#headline").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> invalid.equals(headline.getText()));
    Label detail = robot.lookup("#detail").queryAs(Label.class);
    assertEquals(terminal.messages().get("qr.productBarcode"), detail.getText());
    assertEquals(0, terminal.journal().payments().recent(10).size());
  }
}
