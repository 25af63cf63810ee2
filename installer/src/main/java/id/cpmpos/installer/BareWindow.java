package id.cpmpos.installer;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of {@code measure-startup.sh}: the smallest JavaFX program that opens a window of the
 * checkout's size, run on the installed runtime, so the difference is what cpm-pos itself costs. Not
 * shipped in the packages.
 */
public final class BareWindow extends Application {
  public static final String TITLE = "bare-javafx-window";

  @Override
  public void start(Stage stage) {
    stage.setTitle(TITLE);
    stage.setScene(new Scene(new StackPane(new Label("JavaFX " + System.getProperty("javafx.runtime.version"))), 1024, 700));
    stage.show();
  }

  public static void main(String[] args) {
    launch(args);
  }
}
