package id.cpmpos.boot;

import id.cpmpos.config.ScannerConfig;
import id.cpmpos.scanner.Scanner;
import id.cpmpos.scanner.ScannerDescription;
import id.cpmpos.scanner.ScannerHub;
import id.cpmpos.scanner.camera.CameraScanner;
import id.cpmpos.scanner.camera.CameraSettings;
import id.cpmpos.scanner.camera.FolderFrameSource;
import id.cpmpos.scanner.camera.WebcamFrameSource;
import id.cpmpos.scanner.image.ImageScanner;
import id.cpmpos.scanner.serial.SerialScanner;
import id.cpmpos.scanner.serial.SerialSettings;
import id.cpmpos.scanner.wedge.KeyboardWedgeScanner;
import id.cpmpos.scanner.wedge.WedgeSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * The counter's scanners, built from the {@code scanner.*} settings, behind one hub: the keyboard
 * wedge (fed by the checkout window's keys), the webcam, a serial scanner when a port is set, and in
 * demo mode the customer's phone window held up to a virtual camera. Not started here: only the
 * GUI starts them (a CLI command must not grab the camera or the port).
 */
public final class Scanners implements AutoCloseable {
  private final ScannerHub hub = new ScannerHub();
  private final KeyboardWedgeScanner wedge;
  private final CameraScanner camera;
  private final SerialScanner serial;
  private final ImageScanner demoPhone;

  Scanners(ScannerConfig config, boolean demo, String version, Clock clock) {
    wedge = config.wedge()
        ? new KeyboardWedgeScanner(
            ScannerDescription.local("keyboard-wedge", version, "usb-hid-keyboard"),
            wedgeSettings(config), clock)
        : null;
    camera = config.webcamOff() ? null : camera(config, version, clock);
    serial = config.serialPort() == null
        ? null
        : new SerialScanner(new SerialSettings(config.serialPort(),
            config.serialBaud(), SerialSettings.parseTerminator(config.serialTerminator()),
            Duration.ofSeconds(2)),
            version, clock);
    demoPhone = demo
        ? new ImageScanner(ScannerDescription.local("demo-phone", version, "image"), clock)
        : null;
    for (Scanner s : new Scanner[]{wedge, camera, serial, demoPhone}) {
      if (s != null) {
        hub.add(s);
      }
    }
  }

  static WedgeSettings wedgeSettings(ScannerConfig c) {
    String suffix = switch (c.wedgeSuffix().toUpperCase(Locale.ROOT)) {
      case "ENTER" -> "\n";
      case "TAB" -> "\t";
      default -> c.wedgeSuffix();
    };
    return new WedgeSettings(Duration.ofMillis(c.wedgeMaxGapMs()),
        Duration.ofMillis(c.wedgeMaxMeanGapMs()),
        c.wedgeMinLength(), c.wedgePrefix(), suffix);
  }

  private static CameraScanner camera(ScannerConfig config, String version, Clock clock) {
    CameraSettings settings = new CameraSettings(config.webcam(),
        CameraSettings.parseResolution(config.webcamResolution()), Duration.ofMillis(100),
        Duration.ofSeconds(5));
    if (config.webcam().startsWith("files:")) {
      Path path = Path.of(config.webcam().substring("files:".length()));
      return new CameraScanner("webcam", version, () -> new FolderFrameSource(path, 10), settings,
          clock);
    }
    return new CameraScanner("webcam", version, () -> new WebcamFrameSource(settings), settings,
        clock);
  }

  public ScannerHub hub() {
    return hub;
  }

  /** Null when {@code scanner.wedge=off}. */
  public KeyboardWedgeScanner wedge() {
    return wedge;
  }

  /** Null when {@code scanner.webcam=off}. */
  public CameraScanner camera() {
    return camera;
  }

  /** The demo's virtual camera pointed at the customer's phone window; null outside demo mode. */
  public ImageScanner demoPhone() {
    return demoPhone;
  }

  @Override
  public void close() {
    hub.close();
  }
}
