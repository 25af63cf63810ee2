package id.cpmpos.bench;

import static id.cpmpos.scanner.samples.PhoneScene.Knob.ROTATION;
import static id.cpmpos.scanner.samples.PhoneScene.Knob.TILT;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.scanner.samples.PhoneScene;
import id.cpmpos.scanner.samples.PhoneScreenRenderer;
import id.cpmpos.scanner.samples.Sample;
import id.cpmpos.testing.SandboxFixture;
import id.cpmpos.ui.CpmPosApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory over a long session: the real checkout window (headless Monocle) with its camera preview
 * running on a virtual camera that shows a phone, paying every {@code bench.sessionPayEverySeconds}
 * (default 3) for {@code bench.sessionSeconds} (default 600); the process's RSS is read every 5 s and
 * its growth after the first fifth (warm-up: JIT, heap sizing, caches) is the slope of a straight line
 * fitted through the rest, in MB per hour.
 */
class DemoSessionBenchmark {
  private static final Duration SESSION = Duration
      .ofSeconds(Integer.getInteger("bench.sessionSeconds", 600));
  private static final Duration PAY_EVERY = Duration
      .ofSeconds(Integer.getInteger("bench.sessionPayEverySeconds", 3));
  private static final Duration SAMPLE_EVERY = Duration.ofSeconds(5);

  @TempDir Path dir;

  @Test
  void rssGrowthOverAPayingSessionWithTheCameraPreviewOn() throws Exception {
    Fx.start();
    ExecutorService background = Executors.newFixedThreadPool(2);
    AtomicReference<Stage> stage = new AtomicReference<>();
    try (SandboxFixture fixture = new SandboxFixture(dir)) {
      Path frames = Files.createDirectories(dir.resolve("frames"));
      Sample phone = new Sample("held", "demo",
          PhoneScene.plain().with(ROTATION, -7).with(TILT, 0.1),
          Sample.Shows.QR,
          fixture.customerQr());
      ImageIO.write(PhoneScreenRenderer.render(phone, 640, 480, 5), "png",
          frames.resolve("phone.png").toFile());
      fixture.override("scanner.webcam", "files:frames");
      fixture.override("ui.language", "en");
      try (TerminalContext terminal = TerminalContext.open(fixture.config, Clock.systemUTC())) {
        Fx.run(() -> {
          Stage s = new Stage();
          Scene scene = new Scene(CpmPosApp.mainWindow(terminal, background), 1024, 720);
          scene.getStylesheets()
              .add(Objects.requireNonNull(CpmPosApp.class.getResource("/assets/css/cpm-pos.css"))
                  .toExternalForm());
          s.setScene(scene);
          s.show();
          stage.set(s);
        });
        Scene scene = stage.get().getScene();
        TextField amount = (TextField) scene.lookup("#amount");
        TextField scan = (TextField) scene.lookup("#scan");
        Button pay = (Button) scene.lookup("#pay");
        Label headline = (Label) scene.lookup("#headline");
        String approved = terminal.messages().get("checkout.approved");

        List<double[]> rss = new ArrayList<>(); // {seconds since start, MB}
        long start = System.nanoTime();
        long nextSample = start;
        long nextPay = start;
        int paid = 0;
        while (System.nanoTime() - start < SESSION.toNanos()) {
          long now = System.nanoTime();
          if (now >= nextSample) {
            rss.add(new double[]{(now - start) / 1e9,
                StartupBenchmark.rssMb(ProcessHandle.current().pid())});
            nextSample += SAMPLE_EVERY.toNanos();
          }
          if (now >= nextPay) {
            String qr = fixture.customerQr();
            Fx.run(() -> {
              amount.setText("10000");
              scan.setText(qr);
              pay.fire();
            });
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!Fx.call(() -> approved.equals(headline.getText()))
                && System.nanoTime() < deadline) {
              Thread.sleep(10); // polling the screen as a cashier would: the window offers nothing to wait on
            }
            paid++;
            nextPay += PAY_EVERY.toNanos();
          }
          Thread.sleep(
              Math.max(1, Math.min(nextSample, nextPay) - System.nanoTime()) / 1_000_000 + 1);
        }
        Fx.run(() -> stage.get().close());
        List<double[]> measured = rss.subList(rss.size() / 5, rss.size());
        double slopePerSecond = slope(measured);
        double perHour = slopePerSecond * 3600;
        System.out.printf(
            "%nDEMO SESSION %d s, a payment every %d s (%d paid, %d approved in the journal), camera"
                + " preview on a virtual camera: RSS %.0f MB at start, %.0f MB after warm-up (%.0f s), %.0f MB at the end;"
                + " growth after warm-up %.1f MB/h (target <= 10)%n",
            SESSION.toSeconds(), PAY_EVERY.toSeconds(), paid,
            terminal.journal().payments().recent(100_000).stream()
                .filter(p -> p.state().name().equals("APPROVED")).count(),
            rss.get(0)[1], measured.get(0)[1], measured.get(0)[0], rss.get(rss.size() - 1)[1],
            perHour);
        BenchSummary.put(
            Map.of("rssGrowthMbPerHour", perHour, "sessionSeconds", (double) SESSION.toSeconds()));
      }
    } finally {
      background.shutdownNow();
    }
  }

  /** Least-squares slope of y over x. */
  private static double slope(List<double[]> points) {
    double n = points.size();
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (double[] p : points) {
      sx += p[0];
      sy += p[1];
      sxx += p[0] * p[0];
      sxy += p[0] * p[1];
    }
    return (n * sxy - sx * sy) / (n * sxx - sx * sx);
  }
}
