package id.cpmpos.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up benchmark's baseline: the least a JavaFX program does to show a window of the
 * checkout's size, launched like the terminal (a main class that is not the Application, from the
 * same jar and JVM).
 */
public final class BareWindow extends Application {
  public static final String TITLE = "bare-javafx-window";

  public static void main(String[] args) {
    Application.launch(BareWindow.class, args);
  }

  @Override
  public void start(Stage stage) {
    stage.setTitle(TITLE);
    stage.setScene(new Scene(new StackPane(new Label("bare")), 1024, 720));
    stage.show();
  }
}
