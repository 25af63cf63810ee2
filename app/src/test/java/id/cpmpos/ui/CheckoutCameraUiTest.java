package id.cpmpos.ui;

import static id.cpmpos.scanner.samples.PhoneScene.Knob.ROTATION;
import static id.cpmpos.scanner.samples.PhoneScene.Knob.TILT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.journal.PaymentState;
import id.cpmpos.sandbox.SandboxOptions;
import id.cpmpos.scanner.samples.PhoneScene;
import id.cpmpos.scanner.samples.PhoneScreenRenderer;
import id.cpmpos.scanner.samples.Sample;
import id.cpmpos.testing.SandboxFixture;
import id.cpmpos.testing.UiStage;
import id.cpmpos.testing.UiTerminal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The checkout with a virtual camera ({@code scanner.webcam=files:DIR}) pointed at a picture of the
 * customer's phone: the whole camera pipeline, the preview, and the payment's scannerInfo as the
 * sandbox received it. Headless under Monocle, no camera needed.
 */
@ExtendWith(UiStage.class)
class CheckoutCameraUiTest {
  @TempDir static Path dir;
  @AutoClose UiTerminal ui;
  final List<String> traffic = new CopyOnWriteArrayList<>();

  @Start
  void start(Stage stage) throws Exception {
    Path here = Files.createTempDirectory(dir, "camera");
    SandboxFixture fixture = new SandboxFixture(here,
        SandboxOptions.defaults().withTraffic(traffic::add),
        Clock.systemUTC());
    Path frames = Files.createDirectories(here.resolve("frames"));
    Sample phone = new Sample("held", "demo", PhoneScene.plain().with(ROTATION, -7).with(TILT, 0.1),
        Sample.Shows.QR,
        fixture.customerQr());
    ImageIO.write(PhoneScreenRenderer.render(phone, 640, 480, 5), "png",
        frames.resolve("phone.png").toFile());
    ui = UiTerminal.open(fixture, Clock.systemUTC(), "scanner.webcam", "files:frames",
        "ui.language", "en");
    UiStage.show(stage, CpmPosApp.mainWindow(ui.terminal, ui.background));
  }

  @Test
  void theCameraReadsThePhoneTheAmountAndEnterPayAndTheProviderLearnsItWasTheCamera(FxRobot robot)
      throws Exception {
    Label headline = robot.lookup("#headline").queryAs(Label.class);
    String waiting = ui.terminal.messages().get("checkout.scanned.enterAmount");
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> waiting.equals(headline.getText()));
    ImageView preview = robot.lookup("#camera-preview").queryAs(ImageView.class);
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> preview.getImage() != null);
    assertTrue(preview.isVisible(), "the live preview shows while the camera scans");

    robot.clickOn("#amount").write("18500").type(KeyCode.ENTER);

    String approved = ui.terminal.messages().get("checkout.approved");
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> approved.equals(headline.getText()));
    var row = ui.terminal.journal().payments().recent(1).get(0);
    assertEquals(PaymentState.APPROVED, row.state());
    assertEquals("18500.00", row.amount().toPlainString());
    String sent = traffic.stream()
        .filter(l -> l.startsWith("-> POST") && l.contains("qr-cpm-payment")).findFirst()
        .orElse(null);
    assertNotNull(sent, "the payment reached the sandbox");
    assertTrue(sent.contains("\"deviceId\":\"webcam\""), sent);
    assertTrue(sent.contains("\"deviceModel\":\"files:frames\""), sent);
    assertEquals(1, ui.terminal.journal().payments().recent(10).size(),
        "the phone still in view is not a second payment");
  }
}
