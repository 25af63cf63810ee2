package id.cpmpos.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * When a UI test fails, while its windows are still up (TestFX hides them all after the test): what
 * each window, the headless platform's focus and the screen looked like, on stderr (kept in the
 * Failsafe report) and as a PNG under target/ui-failures. A lost click or key shows here as the
 * window or node that had the input instead.
 */
final class UiFailureReport {
  private UiFailureReport() {}

  static void print(ExtensionContext context, Throwable failure) {
    try {
      String name = context.getRequiredTestClass().getSimpleName() + "."
          + context.getRequiredTestMethod().getName();
      CompletableFuture<String> state = new CompletableFuture<>();
      Platform.runLater(() -> {
        try {
          state.complete(describe(name));
        } catch (RuntimeException | Error e) {
          state.completeExceptionally(e);
        }
      });
      System.err.println(state.get(10, TimeUnit.SECONDS));
    } catch (Exception | Error e) {
      failure.addSuppressed(e);
    }
  }

  private static String describe(String name) {
    int shots = 0;
    StringBuilder s = new StringBuilder("UI state at the failure of ").append(name).append(":\n");
    Object focused = platformFocus();
    for (Window w : new ArrayList<>(Window.getWindows())) {
      Object glass = glassWindow(w);
      s.append(
          String.format("  %s%s showing=%s focused=%s at %.0f,%.0f %.0fx%.0f platform-focus=%s%n",
              w.getClass().getSimpleName(), w instanceof Stage st ? " '" + st.getTitle() + "'" : "",
              w.isShowing(),
              w.isFocused(), w.getX(), w.getY(), w.getWidth(), w.getHeight(),
              glass != null && glass == focused));
      Scene scene = w.getScene();
      if (scene != null) {
        Node owner = scene.getFocusOwner();
        s.append("    focus owner: ")
            .append(owner == null
                ? "none"
                : owner.getClass().getSimpleName() + "#" + owner.getId()
                    + (owner.getScene() == scene ? "" : " (no longer in the scene)"))
            .append('\n');
        if (w.isShowing()) {
          s.append("    drawn: ").append(snapshot(name + "-" + shots++, scene)).append('\n');
        }
      }
    }
    if (!glassWindows().contains(focused)) {
      s.append("  platform focus: on a closed window (keys typed now go nowhere): ")
          .append(focused == null
              ? "none"
              : focused.getClass().getSimpleName() + "@"
                  + Integer.toHexString(System.identityHashCode(focused)))
          .append('\n');
    }
    return s.toString();
  }

  /** The scene as drawn, in a PNG under target/ui-failures (the headless screen cannot be captured). */
  private static String snapshot(String name, Scene scene) {
    try {
      WritableImage image = scene.snapshot(null);
      Path dir = Files.createDirectories(Path.of("target", "ui-failures"));
      Path png = dir.resolve(name + ".png");
      ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png.toFile());
      return png.toAbsolutePath().toString();
    } catch (Exception | Error e) {
      return "no picture: " + e;
    }
  }

  /** The window the headless platform (Monocle) sends keys to; it keeps pointing at a closed one. */
  private static Object platformFocus() {
    try {
      Class<?> manager = Class.forName("com.sun.glass.ui.monocle.MonocleWindowManager");
      Method instance = manager.getDeclaredMethod("getInstance");
      instance.setAccessible(true);
      Method focused = manager.getDeclaredMethod("getFocusedWindow");
      focused.setAccessible(true);
      return focused.invoke(instance.invoke(null));
    } catch (ReflectiveOperationException e) {
      return "unknown (" + e + ")";
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Object> glassWindows() {
    try {
      return new ArrayList<>((List<Object>) Class.forName("com.sun.glass.ui.Window")
          .getMethod("getWindows").invoke(null));
    } catch (ReflectiveOperationException e) {
      return List.of();
    }
  }

  private static Object glassWindow(Window w) {
    try {
      Field peer = Window.class.getDeclaredField("peer");
      peer.setAccessible(true);
      Object stage = peer.get(w);
      if (stage == null) {
        return null;
      }
      Method platform = stage.getClass().getDeclaredMethod("getPlatformWindow");
      platform.setAccessible(true);
      return platform.invoke(stage);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
