package id.cpmpos.scanner.camera;

import com.github.sarxos.webcam.Webcam;
import com.github.sarxos.webcam.WebcamException;
import id.cpmpos.scanner.ScannerProblem;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real camera through webcam-capture. Its {@code getImage()} fetches the newest frame from the
 * driver each time it is called, so nothing queues between the camera and the decoder.
 *
 * <p>Every way this can fail becomes a {@link FrameSourceException} with a problem code: no camera
 * (or none matching the configured name), a busy camera, a native driver that does not load on this
 * machine (webcam-capture's default BridJ driver has no ARM build). One camera that fails to open
 * does not hide the others: the next matching one is tried.
 */
public final class WebcamFrameSource implements FrameSource {
  private static final Logger log = LoggerFactory.getLogger(WebcamFrameSource.class);
  private static final long DISCOVERY_TIMEOUT_MS = 10_000;

  private final CameraSettings settings;
  private Webcam webcam;

  public WebcamFrameSource(CameraSettings settings) {
    this.settings = settings;
  }

  /** The names of the cameras attached, for the settings screen and the log; empty if none or no driver. */
  public static List<String> cameraNames() {
    try {
      return Webcam.getWebcams(DISCOVERY_TIMEOUT_MS).stream().map(Webcam::getName)
          .collect(Collectors.toList());
    } catch (TimeoutException | RuntimeException | LinkageError e) {
      return List.of();
    }
  }

  @Override
  public void open() throws FrameSourceException {
    List<Webcam> cameras = discover();
    List<Webcam> candidates = new ArrayList<>();
    for (Webcam w : cameras) {
      if (settings.anyCamera() || w.getName().toLowerCase(Locale.ROOT).contains(
          settings.camera().toLowerCase(Locale.ROOT))) {
        candidates.add(w);
      }
    }
    if (candidates.isEmpty()) {
      throw new FrameSourceException(ScannerProblem.NO_CAMERA, cameras.isEmpty()
          ? "no camera found"
          : "no camera named like '" + settings.camera() + "'; found: "
              + cameras.stream().map(Webcam::getName).collect(Collectors.joining(", ")));
    }
    FrameSourceException last = null;
    for (Webcam w : candidates) {
      try {
        openOne(w);
        webcam = w;
        return;
      } catch (FrameSourceException e) {
        log.warn("camera '{}' did not open: {}", w.getName(), e.getMessage());
        last = e;
      }
    }
    throw last;
  }

  private static List<Webcam> discover() throws FrameSourceException {
    try {
      return Webcam.getWebcams(DISCOVERY_TIMEOUT_MS);
    } catch (TimeoutException e) {
      throw new FrameSourceException(ScannerProblem.NO_CAMERA, "camera discovery timed out", e);
    } catch (WebcamException e) {
      throw new FrameSourceException(ScannerProblem.DRIVER_UNAVAILABLE,
          "camera driver failed: " + e.getMessage(), e);
    } catch (LinkageError e) {
      throw new FrameSourceException(ScannerProblem.DRIVER_UNAVAILABLE,
          "camera driver cannot load on this machine (" + System.getProperty("os.name") + " "
              + System.getProperty("os.arch") + "): " + e,
          e);
    }
  }

  private void openOne(Webcam w) throws FrameSourceException {
    Dimension wanted = settings.resolution();
    try {
      if (!w.isOpen()) {
        boolean listed = false;
        for (Dimension d : w.getViewSizes()) {
          listed |= d.equals(wanted);
        }
        if (!listed) {
          w.setCustomViewSizes(new Dimension[]{wanted});
        }
        w.setViewSize(wanted);
      }
      if (!w.open(false)) {
        throw new FrameSourceException(ScannerProblem.CAMERA_BUSY,
            "'" + w.getName() + "' did not open");
      }
    } catch (WebcamException | IllegalArgumentException | IllegalStateException e) {
      throw new FrameSourceException(ScannerProblem.CAMERA_BUSY,
          "'" + w.getName() + "' cannot be opened (in use by another program?): " + e.getMessage(),
          e);
    }
  }

  @Override
  public String name() {
    return webcam == null ? "webcam" : webcam.getName();
  }

  @Override
  public BufferedImage grab() throws FrameSourceException {
    BufferedImage image;
    try {
      image = webcam.getImage();
    } catch (WebcamException e) {
      throw new FrameSourceException(ScannerProblem.IO_ERROR,
          "camera stopped delivering: " + e.getMessage(), e);
    }
    if (image == null && !webcam.isOpen()) {
      throw new FrameSourceException(ScannerProblem.NO_CAMERA,
          "'" + webcam.getName() + "' went away");
    }
    return image;
  }

  @Override
  public void close() {
    if (webcam != null) {
      try {
        webcam.close();
      } catch (RuntimeException e) {
        log.debug("closing the camera failed", e);
      }
      webcam = null;
    }
  }
}
