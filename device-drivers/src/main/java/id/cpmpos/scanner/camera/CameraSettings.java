package id.cpmpos.scanner.camera;

import java.awt.Dimension;
import java.time.Duration;
import java.util.Locale;

/**
 * @param camera which camera: null or "auto" for the first that opens, else part of its name
 * @param resolution asked of the camera (it may deliver another)
 * @param previewInterval the least time between two preview frames handed to the UI
 * @param retryInterval how often to look again for a missing or busy camera
 */
public record CameraSettings(String camera, Dimension resolution, Duration previewInterval,
    Duration retryInterval) {
  public static final CameraSettings DEFAULTS = new CameraSettings("auto", new Dimension(640, 480),
      Duration.ofMillis(100), Duration.ofSeconds(5));

  public boolean anyCamera() {
    return camera == null || camera.isBlank() || camera.equalsIgnoreCase("auto");
  }

  /** "1280x720" → 1280×720. */
  public static Dimension parseResolution(String text) {
    String[] parts = text.trim().toLowerCase(Locale.ROOT).split("[x×]");
    if (parts.length != 2) {
      throw new IllegalArgumentException("resolution must look like 640x480, was '" + text + "'");
    }
    int w = Integer.parseInt(parts[0].trim());
    int h = Integer.parseInt(parts[1].trim());
    if (w < 160 || h < 120 || w > 7680 || h > 4320) {
      throw new IllegalArgumentException("resolution out of range (160x120 to 7680x4320): " + text);
    }
    return new Dimension(w, h);
  }
}
