package id.cpmpos.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * The screenshot tour's hands: work on the FX thread, a wait for what the screen shows, keys and
 * buttons as the cashier uses them, and a picture of part of the X screen ({@code import}).
 */
final class Shots {
  /** The window's size when it opens (CpmPosApp), the size of most pictures. */
  static final int WIDTH = 1024;
  static final int HEIGHT = 720;

  private final Stage stage;
  private final Path out;

  Shots(Stage stage, Path out) {
    this.stage = stage;
    this.out = out;
  }

  Stage stage() {
    return stage;
  }

  Path out() {
    return out;
  }

  /** Shows {@code window} in the tour's stage, at the screen's top left corner. */
  void show(MainWindow window, int width, int height) throws Exception {
    fx(() -> {
      stage.setScene(CpmPosApp.scene(window, width, height));
      stage.setWidth(width); // a stage keeps its size when its scene is replaced
      stage.setHeight(height);
      stage.setX(0);
      stage.setY(0);
      stage.show();
      return null;
    });
  }

  /** Types the amount, scans {@code code}, and waits for the headline {@code expected}. */
  void pay(MainWindow window, String amount, String code, String expected) throws Exception {
    fx(() -> {
      ((TextField) window.lookup("#amount")).setText(amount);
      TextField scan = (TextField) window.lookup("#scan");
      scan.setText(code);
      scan.fireEvent(new ActionEvent());
      return null;
    });
    awaitText(window, "#headline", expected);
  }

  void press(Node window, KeyCode key) throws Exception {
    fx(() -> {
      window.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key,
          false, false, false, false));
      return null;
    });
  }

  static void click(Node root, String selector) throws Exception {
    fx(() -> {
      ((ButtonBase) root.lookup(selector)).fire();
      return null;
    });
  }

  void awaitText(Node root, String selector, String expected) throws Exception {
    await(() -> root.lookup(selector) instanceof Label l && expected.equals(l.getText()));
  }

  /** The tour's stage at {@code width}×{@code height} in the top left corner, as a picture. */
  void shoot(String name, int width, int height) throws Exception {
    fx(() -> {
      stage.setWidth(width);
      stage.setHeight(height);
      return null;
    });
    crop(name, width, height, 0, 0);
  }

  /** A part of the screen as a picture, once the X server and the animations have settled. */
  void crop(String name, int width, int height, int x, int y) throws Exception {
    Thread.sleep(1500); // a screenshot tool, not a test: let the X server and the pulse settle
    run("import", "-window", "root", "-crop", width + "x" + height + "+" + x + "+" + y,
        out.resolve(name + ".png").toString());
  }

  static void run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed");
    }
  }

  /** Waits up to a minute for {@code done}, read on the FX thread. */
  static void await(Callable<Boolean> done) throws Exception {
    for (int i = 0; i < 600; i++) {
      if (fx(done)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("timed out");
  }

  static <T> T fx(Callable<T> work) throws Exception {
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(() -> {
      try {
        result.complete(work.call());
      } catch (Throwable e) {
        result.completeExceptionally(e);
      }
    });
    return result.get();
  }
}
