package id.cpmpos.scanner.camera;

import java.awt.image.BufferedImage;

/**
 * Where a camera scanner's frames come from: a real camera, or pictures standing in for one (the
 * same pipeline runs in tests and demos). The camera driver choice stays behind this interface:
 * webcam-capture's default native driver has no build for every platform.
 *
 * <p>Called from the camera scanner's one thread only.
 */
public interface FrameSource extends AutoCloseable {
  /** Finds and opens the device. */
  void open() throws FrameSourceException;

  /** What was opened, e.g. the camera's name; meaningful after {@link #open}. */
  String name();

  /**
   * The newest frame, waiting for one at most about a frame's time; null if none came. A source
   * keeps only the newest frame: frames that arrive while the caller decodes are dropped, never
   * queued, so the picture the decoder sees is never stale.
   */
  BufferedImage grab() throws FrameSourceException;

  @Override
  void close();
}
