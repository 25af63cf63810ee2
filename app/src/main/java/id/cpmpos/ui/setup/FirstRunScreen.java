package id.cpmpos.ui.setup;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.i18n.Messages;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What the GUI shows when this computer has no configuration: two large doors, <em>Try the demo</em>
 * (the default button: Enter opens it, so the README's first command still reaches the demo in one
 * key) and <em>Set up this terminal</em> (the wizard), in Bahasa Indonesia or English.
 */
public final class FirstRunScreen extends BorderPane {
  private final FirstRunViewModel vm;
  private final Consumer<TerminalContext> ready;
  private SetupWizardViewModel wizard;

  /** @param ready called on the FX thread with the opened terminal (the demo's or the installed one) */
  public FirstRunScreen(FirstRunViewModel vm, Consumer<TerminalContext> ready) {
    this.vm = vm;
    this.ready = ready;
    setId("first-run");
    getStyleClass().add("first-run");
    vm.openedProperty().addListener((obs, old, terminal) -> {
      if (terminal != null) {
        ready.accept(terminal);
      }
    });
    vm.languageProperty().addListener((obs, old, now) -> show());
    vm.doorProperty().addListener((obs, old, now) -> show());
    show();
  }

  private void show() {
    Messages m = vm.messages();
    setTop(header(m));
    if (vm.doorProperty().get() == FirstRunViewModel.Door.CHOOSING) {
      setCenter(doors(m));
    } else {
      wizard = vm.wizard();
      wizard.openedProperty().addListener((obs, old, terminal) -> {
        if (terminal != null) {
          ready.accept(terminal);
        }
      });
      setCenter(new SetupWizardView(wizard, vm::backToDoors));
    }
  }

  private HBox header(Messages m) {
    Label title = new Label(m.get("app.title"));
    title.getStyleClass().add("merchant");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox header = new HBox(12, title, spacer);
    header.getStyleClass().add("header");
    header.setAlignment(Pos.CENTER_LEFT);
    if (vm.doorProperty().get() == FirstRunViewModel.Door.CHOOSING) {
      ToggleGroup languages = new ToggleGroup();
      for (String[] l : new String[][]{{"id", "Bahasa Indonesia"}, {"en", "English"}}) {
        ToggleButton b = new ToggleButton(l[1]);
        b.setId("lang-" + l[0]);
        b.getStyleClass().add("nav-tab");
        b.setToggleGroup(languages);
        b.setSelected(l[0].equals(vm.languageProperty().get()));
        b.setFocusTraversable(false); // Enter stays with the demo door
        b.setOnAction(e -> {
          b.setSelected(true); // a language is always chosen
          vm.languageProperty().set(l[0]);
        });
        header.getChildren().add(b);
      }
    }
    return header;
  }

  private VBox doors(Messages m) {
    Label title = new Label(m.get("firstRun.title"));
    title.getStyleClass().add("first-run-title");
    Label intro = new Label(m.get("firstRun.intro"));
    intro.setWrapText(true);
    Button demo = door("door-demo", m.get("firstRun.demo"), m.get("firstRun.demo.detail"));
    demo.setDefaultButton(true);
    demo.setOnAction(e -> vm.tryDemo());
    Button setUp = door("door-setup", m.get("firstRun.setup"), m.get("firstRun.setup.detail"));
    setUp.setOnAction(e -> vm.setUp());
    demo.disableProperty().bind(vm.busyProperty());
    setUp.disableProperty().bind(vm.busyProperty());
    HBox doors = new HBox(32, demo, setUp);
    doors.setAlignment(Pos.CENTER);

    Label where = new Label(m.get("firstRun.where", vm.setup().configFile()));
    where.getStyleClass().add("first-run-hint");
    where.setWrapText(true);
    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setPrefSize(28, 28);
    Label starting = new Label(m.get("firstRun.demoStarting"), spinner);
    starting.setId("first-run-busy");
    starting.visibleProperty().bind(vm.busyProperty());
    starting.managedProperty().bind(vm.busyProperty());
    Label problem = new Label();
    problem.setId("first-run-problem");
    problem.getStyleClass().add("error-text");
    problem.setWrapText(true);
    problem.textProperty().bind(vm.problemProperty());

    VBox box = new VBox(24, title, intro, doors, starting, problem, where);
    box.setAlignment(Pos.CENTER);
    box.setPadding(new Insets(40));
    box.setMaxWidth(900);
    Platform.runLater(demo::requestFocus);
    return box;
  }

  private static Button door(String id, String title, String detail) {
    Label big = new Label(title);
    big.getStyleClass().add("door-title");
    big.setWrapText(true);
    Label small = new Label(detail);
    small.getStyleClass().add("door-detail");
    small.setWrapText(true);
    VBox text = new VBox(12, big, small);
    text.setAlignment(Pos.CENTER_LEFT);
    Button b = new Button(null, text);
    b.setId(id);
    b.getStyleClass().add("door");
    b.setMinSize(380, 220);
    b.setPrefSize(400, 240);
    b.setMaxWidth(420);
    text.setMaxWidth(360);
    return b;
  }

  /** Closes what the wizard opened but did not hand over (the window closed on its last page). */
  public void close() {
    if (wizard != null) {
      wizard.close();
    }
  }
}
