package id.cpmpos.scanner.camera;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import javax.imageio.ImageIO;

/**
 * A virtual camera: pictures (files or images in memory) played as frames, in a loop, at a frame
 * rate like a camera's (0 fps = as fast as they are asked for). Lets tests and demos drive the
 * whole camera pipeline without a camera.
 */
public final class PictureFrameSource implements FrameSource {
  private final List<BufferedImage> frames;
  private final long frameNanos;
  private final String name;
  private int next;
  private long due;

  public PictureFrameSource(String name, List<BufferedImage> frames, double fps) {
    if (frames.isEmpty()) {
      throw new IllegalArgumentException("no frames");
    }
    this.name = name;
    this.frames = List.copyOf(frames);
    this.frameNanos = fps <= 0 ? 0 : (long) (1e9 / fps);
  }

  public static PictureFrameSource fromFiles(List<Path> files, double fps) throws IOException {
    List<BufferedImage> images = new ArrayList<>();
    for (Path f : files) {
      BufferedImage image = ImageIO.read(f.toFile());
      if (image == null) {
        throw new IOException("not an image: " + f);
      }
      images.add(image);
    }
    return new PictureFrameSource("pictures", images, fps);
  }

  @Override
  public void open() {
    due = System.nanoTime();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public BufferedImage grab() {
    if (frameNanos > 0) {
      // Pace like a camera: a frame is there only once its time has come.
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      due = Math.max(due + frameNanos, System.nanoTime());
    }
    BufferedImage frame = frames.get(next);
    next = (next + 1) % frames.size();
    return frame;
  }

  @Override
  public void close() {}
}
