package id.cpmpos.ui.setup;

import id.cpmpos.i18n.Messages;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The set-up wizard's pages: one short form per page (what the provider issued, the keys and the
 * secret, the merchant), the connection test, then the supervisor PIN. Enter is the page's main
 * button (Next, Test connection, Finish). Everything it decides is in {@link SetupWizardViewModel}.
 */
public final class SetupWizardView extends BorderPane {
  private final SetupWizardViewModel vm;
  private final Messages m;
  private final Runnable leave;
  private final Label step = new Label();

  /** @param leave back from the first page to the two doors */
  public SetupWizardView(SetupWizardViewModel vm, Runnable leave) {
    this.vm = vm;
    this.m = vm.messages();
    this.leave = leave;
    setId("setup-wizard");
    getStyleClass().add("setup-wizard");
    Label title = new Label(m.get("firstRun.setup"));
    title.getStyleClass().add("screen-title");
    step.setId("setup-step");
    step.getStyleClass().add("section-title");
    VBox top = new VBox(4, title, step);
    top.setPadding(new Insets(16, 32, 8, 32));
    setTop(top);
    vm.pageProperty().addListener((obs, old, now) -> show(now));
    // The test button was disabled while the provider was asked, and the focus moved on (to Back):
    // back to it, so Enter tries again rather than leaving the page.
    vm.busyProperty().addListener((obs, was, now) -> {
      if (!now && vm.pageProperty().get() == SetupPage.TEST) {
        Node test = lookup("#setup-test");
        if (test != null) {
          test.requestFocus();
        }
      }
    });
    show(vm.pageProperty().get());
  }

  private void show(SetupPage page) {
    step.setText(m.get("setup.step", page.ordinal() + 1, SetupPage.values().length,
        m.get("setup.page." + page.key())));
    Node body = switch (page) {
      case PROVIDER, KEYS, MERCHANT -> form(page);
      case TEST -> testPage();
      case PIN -> pinPage();
    };
    VBox center = new VBox(16, body);
    center.setPadding(new Insets(8, 32, 8, 32));
    setCenter(center);
    setBottom(buttons(page));
  }

  private Node form(SetupPage page) {
    GridPane grid = new GridPane();
    grid.setHgap(16);
    grid.setVgap(10);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(Region.USE_PREF_SIZE);
    ColumnConstraints inputs = new ColumnConstraints();
    inputs.setHgrow(Priority.ALWAYS);
    grid.getColumnConstraints().addAll(labels, inputs);
    List<TextField> inputsShown = new ArrayList<>();
    int row = 0;
    for (SetupField f : SetupField.values()) {
      if (f.page() != page) {
        continue;
      }
      Label label = new Label(m.get("setup.field." + f.id()) + (f.required() ? " *" : ""));
      TextField input = f == SetupField.CLIENT_SECRET ? new PasswordField() : new TextField();
      input.setId("setup-" + f.id());
      input.setPromptText(m.get("setup.prompt." + f.id()));
      input.textProperty().bindBidirectional(vm.value(f));
      label.setLabelFor(input);
      inputsShown.add(input);
      Node field = input;
      if (f == SetupField.PRIVATE_KEY || f == SetupField.PROVIDER_KEY) {
        Button choose = new Button(m.get("setup.choose"));
        choose.setId("setup-" + f.id() + "-choose");
        choose.setOnAction(e -> choose(f, input));
        HBox.setHgrow(input, Priority.ALWAYS);
        field = new HBox(8, input, choose);
      }
      Label error = new Label();
      error.setId("setup-" + f.id() + "-error");
      error.getStyleClass().add("error-text");
      error.setWrapText(true);
      error.textProperty().bind(vm.error(f));
      error.visibleProperty().bind(vm.error(f).isNotEmpty());
      error.managedProperty().bind(error.visibleProperty());
      GridPane.setValignment(label, VPos.TOP);
      label.setPadding(new Insets(6, 0, 0, 0)); // level with the field's text, above its error
      grid.add(label, 0, row);
      grid.add(new VBox(2, field, error), 1, row);
      row++;
    }
    Label note = new Label(m.get("setup.note." + page.key()));
    note.getStyleClass().add("first-run-hint");
    note.setWrapText(true);
    TextField first = inputsShown.get(0);
    Platform.runLater(first::requestFocus);
    return new VBox(14, note, grid);
  }

  private void choose(SetupField f, TextField input) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(m.get("setup.field." + f.id()));
    chooser.getExtensionFilters()
        .addAll(new FileChooser.ExtensionFilter("PEM (*.pem, *.key, *.pub)", "*.pem",
            "*.key", "*.pub"), new FileChooser.ExtensionFilter("*", "*"));
    File chosen = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
    if (chosen != null) {
      input.setText(chosen.getAbsolutePath());
    }
  }

  private Node testPage() {
    GridPane summary = new GridPane();
    summary.setHgap(16);
    summary.setVgap(4);
    summary.getStyleClass().add("setup-summary");
    int row = 0;
    for (SetupField f : SetupField.values()) {
      String v = vm.value(f).get();
      if (v == null || v.isBlank()) {
        continue;
      }
      // The secret is never shown, not even on the summary: only that one was typed.
      String shown = f == SetupField.CLIENT_SECRET ? m.get("setup.secretGiven") : v.strip();
      Label value = new Label(shown);
      value.setWrapText(true);
      Label name = new Label(m.get("setup.field." + f.id()));
      // A long value (a key file's path) wraps; the field's name beside it is never cut to "Pr...".
      name.setMinWidth(Region.USE_PREF_SIZE);
      summary.add(name, 0, row);
      summary.add(value, 1, row);
      row++;
    }
    Label note = new Label(m.get("setup.note.test"));
    note.getStyleClass().add("first-run-hint");
    note.setWrapText(true);
    return new VBox(12, note, summary, result());
  }

  /** The connection test's answer: running, refused (red, with the provider's code and meaning), installed. */
  private Label result() {
    Label result = new Label();
    result.setId("setup-result");
    result.setWrapText(true);
    result.textProperty().bind(vm.testResultProperty());
    Runnable style = () -> {
      result.getStyleClass().removeAll("setup-failed", "setup-ok");
      if (!vm.testResultProperty().get().isEmpty() && !vm.busyProperty().get()) {
        result.getStyleClass().add(vm.testFailedProperty().get() ? "setup-failed" : "setup-ok");
      }
    };
    vm.testFailedProperty().addListener((obs, old, now) -> style.run());
    vm.testResultProperty().addListener((obs, old, now) -> style.run());
    vm.busyProperty().addListener((obs, old, now) -> style.run());
    style.run();
    return result;
  }

  private Node pinPage() {
    Label done = result();
    if (vm.pinAlreadySetProperty().get()) {
      finish = () -> vm.finish(new char[0], new char[0]);
      Label kept = new Label(m.get("setup.pin.kept"));
      kept.setWrapText(true);
      return new VBox(16, done, kept);
    }
    Label intro = new Label(m.get("setup.pin.intro"));
    intro.setWrapText(true);
    PasswordField pin = new PasswordField();
    pin.setId("setup-pin");
    PasswordField repeat = new PasswordField();
    repeat.setId("setup-pin-repeat");
    GridPane grid = new GridPane();
    grid.setHgap(16);
    grid.setVgap(10);
    grid.add(new Label(m.get("setup.pin.label")), 0, 0);
    grid.add(pin, 1, 0);
    grid.add(new Label(m.get("setup.pin.repeat")), 0, 1);
    grid.add(repeat, 1, 1);
    Label problem = new Label();
    problem.setId("setup-pin-problem");
    problem.getStyleClass().add("error-text");
    problem.setWrapText(true);
    problem.textProperty().bind(vm.pinProblemProperty());
    finish = () -> {
      char[] a = chars(pin);
      char[] b = chars(repeat);
      pin.clear();
      repeat.clear();
      vm.finish(a, b);
    };
    vm.pinProblemProperty().addListener((obs, old, now) -> {
      if (!now.isEmpty()) {
        pin.requestFocus();
      }
    });
    Platform.runLater(pin::requestFocus);
    return new VBox(16, done, intro, grid, problem);
  }

  /** The PIN page's Finish: with a PIN to set, reads both fields (set where they are built). */
  private Runnable finish;

  /** The typed PIN as characters, never as a String (a String cannot be wiped). */
  private static char[] chars(PasswordField field) {
    CharSequence typed = field.getCharacters();
    char[] out = new char[typed.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = typed.charAt(i);
    }
    return out;
  }

  private HBox buttons(SetupPage page) {
    Button back = new Button(m.get("setup.back"));
    back.setId("setup-back");
    back.getStyleClass().add("setup-button");
    back.setOnAction(e -> {
      if (!vm.back() && page == SetupPage.PROVIDER) {
        leave.run();
      }
    });
    back.setVisible(page != SetupPage.PIN);
    back.setManaged(page != SetupPage.PIN);
    Button main;
    switch (page) {
      case TEST -> {
        main = new Button(m.get("setup.test"));
        main.setId("setup-test");
        main.setOnAction(e -> vm.testConnection());
        Platform.runLater(main::requestFocus); // a focused Back would take the Enter
      }
      case PIN -> {
        main = new Button(m.get("setup.finish"));
        main.setId("setup-finish");
        main.setOnAction(e -> finish.run());
      }
      default -> {
        main = new Button(m.get("setup.next"));
        main.setId("setup-next");
        main.setOnAction(e -> vm.next());
      }
    }
    main.getStyleClass().addAll("setup-button", "setup-main");
    main.setDefaultButton(true);
    main.disableProperty().bind(vm.busyProperty());
    back.disableProperty().bind(vm.busyProperty());
    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setPrefSize(32, 32);
    spinner.visibleProperty().bind(vm.busyProperty());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar = new HBox(16, back, spacer, spinner, main);
    bar.setAlignment(Pos.CENTER_RIGHT);
    bar.setPadding(new Insets(12, 32, 20, 32));
    return bar;
  }
}
