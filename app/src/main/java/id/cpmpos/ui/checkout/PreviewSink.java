package id.cpmpos.ui.checkout;

import java.awt.image.BufferedImage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The camera's preview frames turned into one JavaFX image. One pixel buffer and one image, reused
 * for every frame (a new 1.2 MB image ten times a second kept the heap, and the process, growing for
 * the whole session): the camera's thread copies the frame's pixels, the UI executor paints them into
 * the image. While the UI has not painted the last frame, the next one's preview is dropped, never queued.
 */
public final class PreviewSink implements Consumer<BufferedImage> {
  private final Executor ui;
  private final ObjectProperty<Image> preview = new SimpleObjectProperty<>();
  private final AtomicBoolean busy = new AtomicBoolean();
  /** Written by the camera's thread, read by the UI's, handed over through {@link #busy}. */
  private int[] pixels = new int[0];
  private WritableImage image;

  public PreviewSink(Executor ui) {
    this.ui = ui;
  }

  @Override
  public void accept(BufferedImage frame) {
    if (!busy.compareAndSet(false, true)) {
      return;
    }
    int w = frame.getWidth();
    int h = frame.getHeight();
    if (pixels.length != w * h) {
      pixels = new int[w * h];
    }
    int[] copy = pixels;
    frame.getRGB(0, 0, w, h, copy, 0, w);
    ui.execute(() -> {
      try {
        WritableImage shown = image;
        if (shown == null || (int) shown.getWidth() != w || (int) shown.getHeight() != h) {
          shown = new WritableImage(w, h);
          image = shown;
        }
        shown.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), copy, 0, w);
        preview.set(shown);
      } finally {
        busy.set(false);
      }
    });
  }

  /** The latest frame, for the preview panel; null until the first one. */
  public ObjectProperty<Image> imageProperty() {
    return preview;
  }
}
