package id.cpmpos.ui.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.sandbox.Scenario;
import id.cpmpos.terminal.PaymentOutcome;
import id.cpmpos.testing.MutableClock;
import id.cpmpos.testing.UiStage;
import id.cpmpos.testing.UiTerminal;
import id.cpmpos.ui.CpmPosApp;
import id.cpmpos.ui.TaskExecutor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The demo's customer phone as the user sees and presses it, headless under Monocle against the real
 * sandbox: choosing a scenario in its list shows a new QR that plays it, a QR that paid says so and
 * stops counting down, and every button says what it did.
 */
@ExtendWith(UiStage.class)
class DemoPhoneUiTest {
  @TempDir static Path dir;
  @AutoClose UiTerminal ui;
  final MutableClock phoneClock = new MutableClock(Instant.now());
  WalletViewModel vm;

  @Start
  void start(Stage stage) throws Exception {
    ui = UiTerminal.open(dir, "ui.language", "en");
    vm = new WalletViewModel(ui.terminal.wallet(), ui.fixture.sandbox.ledger()::qrUsed,
        ui.terminal.messages(),
        phoneClock, TaskExecutor.fx(ui.background));
    WalletView view = new WalletView(vm, ui.terminal.messages());
    stage.setScene(CpmPosApp.scene(view, 480, 700));
    stage.show();
    vm.newQr();
  }

  @Test
  void choosingAScenarioShowsANewQrAndAPaidQrIsShownUsedWithoutACountdown(FxRobot robot)
      throws Exception {
    Label feedback = robot.lookup("#wallet-feedback").queryAs(Label.class);
    Label status = robot.lookup("#wallet-status").queryAs(Label.class);
    ImageView qr = robot.lookup("#wallet-qr").queryAs(ImageView.class);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> qr.getImage() != null);
    String first = vm.contentProperty().get();
    Image firstPicture = qr.getImage();

    @SuppressWarnings("unchecked")
    ComboBox<Scenario> scenario = robot.lookup("#wallet-scenario").queryAs(ComboBox.class);
    robot.interact(() -> scenario.getSelectionModel().select(Scenario.INSUFFICIENT_FUNDS));
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
        () -> "New QR ready (insufficient-funds)".equals(feedback.getText()));
    String second = vm.contentProperty().get();
    assertNotEquals(first, second, "a new QR for the scenario, not the old one");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> qr.getImage() != firstPicture);
    assertNotSame(firstPicture, qr.getImage(), "the screen shows the new code");
    PaymentOutcome declined = ui.terminal.payments().pay("10000", second, null);
    assertTrue(declined instanceof PaymentOutcome.Declined, declined.toString());

    robot.clickOn("#wallet-new");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
        () -> !second.equals(vm.contentProperty().get()));
    robot.interact(() -> scenario.getSelectionModel().select(Scenario.APPROVE));
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
        () -> "New QR ready (approve)".equals(feedback.getText()));
    robot.clickOn("#wallet-copy");
    assertEquals("Copied: paste it into the counter's scan field", feedback.getText());

    String paying = vm.contentProperty().get();
    assertTrue(
        ui.terminal.payments().pay("10000", paying, null) instanceof PaymentOutcome.Approved);
    String used = "Used: this QR has paid. Make a new QR for the next payment.";
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> used.equals(status.getText())); // the view's own tick
    phoneClock.advance(Duration.ofSeconds(30));
    robot.interact(vm::tick);
    assertEquals(used, status.getText(), "no countdown on a used QR");
    assertTrue(robot.lookup("#wallet-copy").queryAs(Button.class).isDisabled(),
        "a used QR cannot be copied");
    assertTrue(qr.getOpacity() < 1, "shown dimmed");
  }
}
