package id.cpmpos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.sandbox.SandboxOptions;
import id.cpmpos.scanner.samples.PhoneScene;
import id.cpmpos.scanner.samples.PhoneScreenRenderer;
import id.cpmpos.scanner.samples.Sample;
import id.cpmpos.testing.SandboxFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The checkout with a virtual camera ({@code scanner.webcam=files:DIR}) pointed at a picture of the
 * customer's phone: the whole camera pipeline, the preview, and the payment's scannerInfo as the
 * sandbox received it. Headless under Monocle, no camera needed.
 */
@ExtendWith(ApplicationExtension.class)
class CheckoutCameraUiTest {
  @TempDir static Path dir;
  SandboxFixture fixture;
  TerminalContext terminal;
  final List<String> traffic = new CopyOnWriteArrayList<>();
  final ExecutorService background = Executors.newSingleThreadExecutor();

  @Start
  void start(Stage stage) throws Exception {
    Path here = Files.createTempDirectory(dir, "camera");
    fixture = new SandboxFixture(here, SandboxOptions.defaults().withTraffic(traffic::add), Clock.systemUTC());
    Path frames = Files.createDirectories(here.resolve("frames"));
    Sample phone = new Sample("held", "demo", PhoneScene.plain().withRotation(-7).withTilt(0.1), Sample.Shows.QR,
        fixture.customerQr());
    ImageIO.write(PhoneScreenRenderer.render(phone, 640, 480, 5), "png", frames.resolve("phone.png").toFile());
    fixture.override("scanner.webcam", "files:frames");
    fixture.override("ui.language", "en");
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
  void theCameraReadsThePhoneTheAmountAndEnterPayAndTheProviderLearnsItWasTheCamera(FxRobot robot)
      throws Exception {
    Label headline = robot.lookup("#headline").queryAs(Label.class);
    String waiting = terminal.messages().get("checkout.scanned.enterAmount");
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> waiting.equals(headline.getText()));
    ImageView preview = robot.lookup("#camera-preview").queryAs(ImageView.class);
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> preview.getImage() != null);
    assertTrue(preview.isVisible(), "the live preview shows while the camera scans");

    robot.clickOn("#amount").write("18500").type(KeyCode.ENTER);

    String approved = terminal.messages().get("checkout.approved");
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> approved.equals(headline.getText()));
    var row = terminal.journal().payments().recent(1).get(0);
    assertEquals(PaymentState.APPROVED, row.state());
    assertEquals("18500.00", row.amount().toPlainString());
    String sent = traffic.stream().filter(l -> l.startsWith("-> POST") && l.contains("qr-cpm-payment")).findFirst()
        .orElse(null);
    assertNotNull(sent, "the payment reached the sandbox");
    assertTrue(sent.contains("\"deviceId\":\"webcam\""), sent);
    assertTrue(sent.contains("\"deviceModel\":\"files:frames\""), sent);
    assertEquals(1, terminal.journal().payments().recent(10).size(), "the phone still in view is not a second payment");
  }
}
