package id.cpmpos.ui;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.i18n.Messages;
import id.cpmpos.testing.SandboxFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import javafx.event.ActionEvent;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javax.imageio.ImageIO;

/**
 * The README's pictures of the camera: a virtual camera ({@code scanner.webcam=files:DIR}) looking at
 * the customer's phone held up to it (the picture the demo's phone makes), its preview beside the
 * checkout with the QR read; then the amount and Enter, approved. Bahasa Indonesia, on a sandbox.
 */
record CameraShots(Shots shots) {

  void take(Path dir, ExecutorService background) throws Exception {
    SandboxFixture sandbox = new SandboxFixture(dir);
    Path frames = Files.createDirectories(dir.resolve("frames"));
    ImageIO.write(DemoPhonePicture.of(sandbox.customerQr()), "png",
        frames.resolve("phone.png").toFile());
    sandbox.override("scanner.webcam", "files:" + frames.toAbsolutePath());
    TerminalContext terminal = TerminalContext.open(sandbox.config, Clock.systemUTC());
    Messages m = terminal.messages();
    MainWindow window = Shots.fx(() -> CpmPosApp.mainWindow(terminal, background));
    shots.show(window, Shots.WIDTH, Shots.HEIGHT);

    shots.awaitText(window, "#headline", m.get("checkout.scanned.enterAmount"));
    Shots.await(() -> ((ImageView) window.lookup("#camera-preview")).getImage() != null);
    shots.shoot("camera-read", Shots.WIDTH, Shots.HEIGHT);

    Shots.fx(() -> {
      TextField amount = (TextField) window.lookup("#amount");
      amount.setText("18.500");
      amount.fireEvent(new ActionEvent()); // Enter
      return null;
    });
    shots.awaitText(window, "#headline", m.get("checkout.approved"));
    shots.shoot("camera-approved", Shots.WIDTH, Shots.HEIGHT);
  }
}
