package id.cpmpos.scanner.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.scanner.RecordingListener;
import id.cpmpos.scanner.ScanEvent;
import id.cpmpos.scanner.ScannerHub;
import id.cpmpos.scanner.ScannerProblem;
import id.cpmpos.scanner.ScannerState;
import id.cpmpos.scanner.ScannerStatus;
import id.cpmpos.scanner.samples.PhoneScene;
import id.cpmpos.scanner.samples.PhoneScreenRenderer;
import id.cpmpos.scanner.samples.Sample;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The camera pipeline end to end with virtual cameras: frames from pictures through grab, preview, decode, hub. */
class CameraScannerTest {
  private static final Duration LIMIT = Duration.ofSeconds(10);
  private static final CameraSettings FAST_RETRY = new CameraSettings("auto",
      new Dimension(640, 480), Duration.ofMillis(100), Duration.ofMillis(20));

  static BufferedImage phone(String content) {
    return PhoneScreenRenderer.render(
        new Sample("p", "plain", PhoneScene.plain(), Sample.Shows.QR, content),
        640, 480, 3);
  }

  static BufferedImage empty() {
    return PhoneScreenRenderer.render(
        new Sample("e", "no-code", PhoneScene.plain(), Sample.Shows.NOTHING, null),
        640, 480, 3);
  }

  @Test
  void framesFromFilesAreDecodedAndReportedOnceThroughTheHub(@TempDir Path dir) throws Exception {
    Path blank = dir.resolve("blank.png");
    Path shown = dir.resolve("shown.png");
    ImageIO.write(empty(), "png", blank.toFile());
    ImageIO.write(phone("hQVDUFYwMSAMPLE1"), "png", shown.toFile());
    PictureFrameSource pictures = PictureFrameSource.fromFiles(List.of(blank, shown, shown, shown),
        0);
    CameraScanner camera = new CameraScanner("webcam", "test", () -> pictures, FAST_RETRY,
        Clock.systemUTC());
    ScannerHub hub = new ScannerHub(Duration.ofSeconds(2));
    RecordingListener heard = new RecordingListener();
    hub.addListener(heard);
    hub.add(camera);
    hub.start();
    try {
      heard.awaitState(ScannerState.SCANNING, LIMIT);
      ScanEvent event = heard.nextScan(LIMIT);
      assertEquals("hQVDUFYwMSAMPLE1", event.content());
      assertEquals("webcam", event.source().deviceId());
      assertEquals("pictures", event.source().deviceModel(), "the camera's name, once opened");
    } finally {
      hub.stop();
    }
    assertTrue(heard.scans.isEmpty(),
        "the same phone in frame after frame is one scan: " + heard.scans);
    assertEquals(ScannerState.STOPPED, camera.status().state());
  }

  @Test
  void previewGetsTheLatestFrameAtAModestRate() throws Exception {
    BufferedImage frame = empty();
    CameraSettings settings = new CameraSettings("auto", new Dimension(640, 480),
        Duration.ofMillis(200),
        Duration.ofSeconds(1));
    PictureFrameSource source = new PictureFrameSource("pictures", List.of(frame), 0);
    CameraScanner camera = new CameraScanner("webcam", "test", () -> source, settings,
        Clock.systemUTC());
    BlockingQueue<Long> shown = new ArrayBlockingQueue<>(100);
    camera.previewTo(f -> shown.offer(System.nanoTime()));
    camera.start(new RecordingListener());
    try {
      long first = shown.poll(10, TimeUnit.SECONDS);
      long second = shown.poll(10, TimeUnit.SECONDS);
      assertTrue(second - first >= Duration.ofMillis(200).toNanos(),
          "at most one preview per 200 ms");
    } finally {
      camera.stop();
    }
  }

  @Test
  void framesArrivingWhileDecodingAreDroppedAndTheNewestIsDecoded() throws Exception {
    LatestFrameSource source = new LatestFrameSource("pushed");
    CameraScanner camera = new CameraScanner("webcam", "test", () -> source, FAST_RETRY,
        Clock.systemUTC());
    RecordingListener heard = new RecordingListener();
    camera.start(heard);
    try {
      heard.awaitState(ScannerState.SCANNING, LIMIT);
      BufferedImage nothing = empty();
      for (int i = 0; i < 200; i++) { // a burst faster than any decoder: 200 frames pushed at once
        source.push(nothing);
      }
      source.push(phone("hQVDUFYwMNEWEST"));
      assertEquals("hQVDUFYwMNEWEST", heard.nextScan(LIMIT).content());
      assertTrue(source.dropped() > 100, "frames were dropped, not queued: " + source.dropped());
    } finally {
      camera.stop();
    }
  }

  @Test
  void noCameraIsAStatusWithItsReasonAndTheCameraIsLookedForAgain() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    PictureFrameSource later = new PictureFrameSource("usb cam", List.of(phone("hQVDUFYwMPLUGGED")),
        0);
    CameraScanner camera = new CameraScanner("webcam", "test", () -> attempts.incrementAndGet() < 3
        ? failing(ScannerProblem.NO_CAMERA, "no camera found")
        : later, FAST_RETRY, Clock.systemUTC());
    RecordingListener heard = new RecordingListener();
    camera.start(heard);
    try {
      ScannerStatus none = heard.awaitState(ScannerState.DISCONNECTED, LIMIT);
      assertEquals(ScannerProblem.NO_CAMERA, none.problem());
      assertEquals("no camera found", none.detail());
      heard.awaitState(ScannerState.SCANNING, LIMIT);
      assertEquals("hQVDUFYwMPLUGGED", heard.nextScan(LIMIT).content(),
          "plugged in later: it works");
    } finally {
      camera.stop();
    }
  }

  @Test
  void aDriverThatCannotLoadIsAnErrorAndNothingCrashes() throws Exception {
    CameraScanner camera = new CameraScanner("webcam", "test",
        () -> failing(ScannerProblem.DRIVER_UNAVAILABLE, "no native driver for aarch64"),
        FAST_RETRY,
        Clock.systemUTC());
    RecordingListener heard = new RecordingListener();
    camera.start(heard);
    ScannerStatus error = heard.awaitState(ScannerState.ERROR, LIMIT);
    assertEquals(ScannerProblem.DRIVER_UNAVAILABLE, error.problem());
    camera.stop();
  }

  /**
   * The real webcam-capture driver on this machine: with a camera it scans; without one (CI) it
   * says "no camera" cleanly, and a configured name that matches nothing says so too.
   */
  @Test
  void theRealWebcamDriverReportsACameraOrNoCameraCleanly() throws Exception {
    CameraSettings settings = new CameraSettings("auto", new Dimension(640, 480),
        Duration.ofMillis(100),
        Duration.ofSeconds(30));
    CameraScanner camera = new CameraScanner("webcam", "test",
        () -> new WebcamFrameSource(settings), settings,
        Clock.systemUTC());
    RecordingListener heard = new RecordingListener();
    camera.start(heard);
    try {
      ScannerStatus first = heard.nextStatus(Duration.ofSeconds(30));
      if (WebcamFrameSource.cameraNames().isEmpty()) {
        assertEquals(ScannerState.DISCONNECTED, first.state(), first.toString());
        assertEquals(ScannerProblem.NO_CAMERA, first.problem());
        assertEquals("no camera found", first.detail());
      } else {
        assertTrue(
            first.state() == ScannerState.SCANNING || first.problem() == ScannerProblem.CAMERA_BUSY,
            first.toString());
      }
    } finally {
      camera.stop();
    }
  }

  private static FrameSource failing(ScannerProblem problem, String message) {
    return new FrameSource() {
      @Override
      public void open() throws FrameSourceException {
        throw new FrameSourceException(problem, message);
      }

      @Override
      public String name() {
        return "none";
      }

      @Override
      public BufferedImage grab() {
        return null;
      }

      @Override
      public void close() {}
    };
  }
}
