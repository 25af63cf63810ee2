package id.cpmpos.ui.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import id.cpmpos.testing.UiStage;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Queue;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The camera preview reuses one image and one pixel buffer for every frame, and drops a frame's
 * preview while the screen has not painted the previous one.
 */
@ExtendWith(UiStage.class)
class PreviewSinkUiTest {
  private final Queue<Runnable> screen = new ArrayDeque<>();
  private PreviewSink sink;

  @Start
  void start(Stage stage) {
    sink = new PreviewSink(screen::add);
  }

  @Test
  void everyFrameIsPaintedIntoTheSameImageAndFramesComingMeanwhileAreDropped() throws Exception {
    sink.accept(frame(Color.RED));
    sink.accept(frame(Color.GREEN)); // the screen has not painted red yet: dropped
    assertEquals(1, screen.size());
    paint();
    Image first = sink.imageProperty().get();
    assertEquals(0xFFFF0000, first.getPixelReader().getArgb(10, 10));

    sink.accept(frame(Color.BLUE));
    paint();
    assertSame(first, sink.imageProperty().get(), "the same image, repainted");
    assertEquals(0xFF0000FF, first.getPixelReader().getArgb(10, 10));
  }

  private void paint() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> {
      while (!screen.isEmpty()) {
        screen.poll().run();
      }
    }).get();
  }

  private static BufferedImage frame(Color c) {
    BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_3BYTE_BGR);
    var g = img.createGraphics();
    g.setColor(c);
    g.fillRect(0, 0, 64, 48);
    g.dispose();
    return img;
  }
}
