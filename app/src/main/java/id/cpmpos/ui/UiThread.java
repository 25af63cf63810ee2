package id.cpmpos.ui;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/** The one crossing onto the JavaFX thread. Services never call Platform.runLater themselves. */
public final class UiThread {
  private UiThread() {}

  public static Executor executor() {
    return command -> {
      if (Platform.isFxApplicationThread()) {
        command.run();
      } else {
        Platform.runLater(command);
      }
    };
  }
}
