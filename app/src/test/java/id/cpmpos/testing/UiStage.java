package id.cpmpos.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.robot.Motion;
import org.testfx.service.query.PointQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * TestFX's {@link ApplicationExtension} for the UI tests, with what makes their input land:
 * <ul>
 *   <li>Every test class in the test JVM gets the same primary stage, and TestFX only hides it between
 *       tests. Before the test's {@code @Start} it is put back as no earlier class left it: no other
 *       window, no scene, not full screen, maximized or iconified, no close guard, at the headless
 *       screen's origin at 1024x720 (an earlier class may have narrowed it for
 *       the demo phone or laid it out at full HD). After {@code @Start} it is brought to the front and
 *       given the keyboard (headless Monocle gives a shown window no focus by itself).</li>
 *   <li>What an action changes (a new page, a scrolled pane, replaced window content) is laid out,
 *       skinned and re-focused only at the next pulse, and TestFX does not wait for it: it aims a click
 *       at a node's bounds as last laid out, and sends keys to the scene as it stands. On a loaded
 *       machine the pulse comes late: the click lands where the node was (or in the corner where a new
 *       node sits before its first layout); an Enter meets a new page whose buttons have no skin yet,
 *       and with it no default-button accelerator and no key handling; a key meets a focus owner that
 *       is no longer in the window. So every click, key and text waits for a completed pulse first
 *       ({@link #settle()}), and returns after the pulse that shows its effect.</li>
 *   <li>A failing test prints the windows, the focus and a screenshot while they are still up
 *       ({@link UiFailureReport}).</li>
 * </ul>
 * Use it instead of {@code ApplicationExtension}: {@code @ExtendWith(UiStage.class)}.
 */
public final class UiStage extends ApplicationExtension implements TestExecutionExceptionHandler {
  public static final double WIDTH = 1024;
  public static final double HEIGHT = 720;

  /** A pulse is due every 1/60 s; this bounds a machine so loaded that none comes for this long. */
  private static final long PULSE_SECONDS = 30;

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    Stage stage = FxToolkit.registerPrimaryStage();
    FxToolkit.setupFixture(() -> reset(stage));
    super.beforeEach(context); // the test's @Start
    FxToolkit.setupFixture(() -> {
      if (stage.isShowing()) {
        stage.toFront();
        stage.requestFocus(); // where Monocle sends the keys (it gives a shown window no focus by itself)
      }
    });
    settle();
  }

  /** Shows {@code root} in the test's stage, at the size {@link #beforeEach} gave it. */
  public static void show(Stage stage, Parent root) {
    stage.setScene(new Scene(root, WIDTH, HEIGHT));
    stage.show();
  }

  private static void reset(Stage stage) {
    for (Window w : new ArrayList<>(Window.getWindows())) {
      if (w != stage) {
        w.hide();
      }
    }
    stage.setScene(null);
    stage.setFullScreen(false);
    stage.setMaximized(false);
    stage.setIconified(false);
    stage.setOnCloseRequest(null);
    stage.setX(0);
    stage.setY(0);
    stage.setWidth(WIDTH);
    stage.setHeight(HEIGHT);
    // A test that collected what the FX thread threw must not swallow a later class's exceptions.
    Thread.currentThread().setUncaughtExceptionHandler(null);
  }

  /**
   * Returns once the FX thread has run everything queued so far and then a whole pulse (CSS, layout,
   * the scenes' focus clean-up), so that bounds and focus are those of the last change.
   */
  public static void settle() {
    CompletableFuture<Void> settled = new CompletableFuture<>();
    Platform.runLater(() -> afterNextPulse(() -> settled.complete(null))); // after everything queued so far
    try {
      WaitForAsyncUtils.waitFor(PULSE_SECONDS, TimeUnit.SECONDS, settled);
    } catch (TimeoutException e) {
      throw new AssertionError("no JavaFX pulse within " + PULSE_SECONDS + " s", e);
    }
  }

  /**
   * On the FX thread: runs {@code then} after the next pulse has laid out the shown scenes. A window
   * that changes its scene or hides before that pulse (a page that opens the next screen) starts the
   * wait again on what is shown then.
   */
  private static void afterNextPulse(Runnable then) {
    List<Window> shown = Window.getWindows().stream()
        .filter(w -> w.isShowing() && w.getScene() != null).toList();
    if (shown.isEmpty()) {
      then.run();
      return;
    }
    List<Runnable> undo = new ArrayList<>();
    boolean[] over = {false};
    Runnable end = () -> {
      over[0] = true;
      undo.forEach(Runnable::run);
    };
    Runnable pulsed = () -> Platform.runLater(() -> { // after the rest of the pulse (every other scene)
      if (!over[0]) {
        end.run();
        then.run();
      }
    });
    InvalidationListener changed = o -> Platform.runLater(() -> {
      if (!over[0]) {
        end.run();
        afterNextPulse(then);
      }
    });
    for (Window w : shown) {
      Scene scene = w.getScene();
      scene.addPostLayoutPulseListener(pulsed);
      w.sceneProperty().addListener(changed);
      w.showingProperty().addListener(changed);
      undo.add(() -> {
        scene.removePostLayoutPulseListener(pulsed);
        w.sceneProperty().removeListener(changed);
        w.showingProperty().removeListener(changed);
      });
    }
    Platform.requestNextPulse();
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    UiFailureReport.print(context, failure);
    throw failure;
  }

  @Override
  public FxRobot clickOn(PointQuery pointQuery, Motion motion, MouseButton... buttons) {
    return settled(() -> super.clickOn(pointQuery, motion, buttons));
  }

  @Override
  public FxRobot doubleClickOn(PointQuery pointQuery, Motion motion, MouseButton... buttons) {
    return settled(() -> super.doubleClickOn(pointQuery, motion, buttons));
  }

  @Override
  public FxRobot moveTo(PointQuery pointQuery, Motion motion) {
    return settled(() -> super.moveTo(pointQuery, motion));
  }

  @Override
  public FxRobot type(KeyCode... keyCodes) {
    return settled(() -> super.type(keyCodes));
  }

  @Override
  public FxRobot type(KeyCode keyCode, int times) {
    return settled(() -> super.type(keyCode, times));
  }

  @Override
  public FxRobot push(KeyCode... combination) {
    return settled(() -> super.push(combination));
  }

  @Override
  public FxRobot push(KeyCodeCombination combination) {
    return settled(() -> super.push(combination));
  }

  @Override
  public FxRobot press(KeyCode... keys) {
    return settled(() -> super.press(keys));
  }

  @Override
  public FxRobot write(char character) {
    return settled(() -> super.write(character));
  }

  @Override
  public FxRobot write(String text) {
    return settled(() -> super.write(text));
  }

  @Override
  public FxRobot write(String text, int sleepMillis) {
    return settled(() -> super.write(text, sleepMillis));
  }

  /** Input sent to a settled screen, and back once the screen has settled on its effect (for the next lookup). */
  private FxRobot settled(Runnable input) {
    settle();
    input.run();
    settle();
    return this;
  }
}
