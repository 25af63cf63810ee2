package id.cpmpos.ui.settings;

import id.cpmpos.i18n.Messages;
import java.util.List;
import java.util.Map;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The settings screen (F4): the first PIN, the PIN to open a supervisor session, and in a session
 * the settings form, the test print, the test-scan field and changing the PIN. Every key or click
 * on it keeps the session alive. Messages wrap and are never cut.
 */
public final class SettingsView extends ScrollPane {
  /** Languages by their own names: a supervisor who cannot read the current one still finds theirs. */
  private static final Map<String, String> LANGUAGES = Map.of("id", "Bahasa Indonesia", "en",
      "English");

  private final SettingsViewModel vm;
  private final TextArea testScan = new TextArea();

  public SettingsView(SettingsViewModel vm, Messages messages) {
    this.vm = vm;
    setId("settings-screen");
    getStyleClass().add("settings-view");
    setFitToWidth(true);
    Label title = new Label(messages.get("settings.title"));
    title.getStyleClass().add("section-title");

    // No PIN yet: the only thing offered is to set one, typed twice.
    PasswordField firstPin = pin("settings-first-pin", messages.get("settings.pin.new"));
    PasswordField firstRepeat = pin("settings-first-repeat", messages.get("settings.pin.repeat"));
    Button setFirst = button("settings-set-first", messages.get("settings.pin.set"));
    setFirst.setOnAction(e -> vm.setPin(null, take(firstPin), take(firstRepeat)));
    VBox first = section(wrapping(messages.get("settings.pin.none")),
        row(firstPin, firstRepeat, setFirst));
    first.visibleProperty().bind(vm.pinCheckedProperty().and(vm.pinSetProperty().not()));

    // A PIN exists: a session opens with it.
    PasswordField unlockPin = pin("settings-pin", messages.get("reversal.pin.prompt"));
    Button unlock = button("settings-unlock", messages.get("settings.unlock"));
    unlock.setOnAction(e -> vm.unlock(take(unlockPin)));
    unlockPin.setOnAction(e -> vm.unlock(take(unlockPin)));
    VBox locked = section(wrapping(messages.get("settings.locked")), row(unlockPin, unlock));
    locked.visibleProperty().bind(vm.pinSetProperty().and(vm.unlockedProperty().not()));

    VBox session = section(form(messages), scanners(messages), changePin(messages));
    session.visibleProperty().bind(vm.unlockedProperty());

    Label problem = wrapping("");
    problem.setId("settings-problem");
    problem.getStyleClass().add("settings-problem");
    problem.textProperty().bind(vm.problemProperty());
    Label notice = wrapping("");
    notice.setId("settings-notice");
    notice.getStyleClass().add("settings-notice");
    notice.textProperty().bind(vm.noticeProperty());
    for (Label message : List.of(problem, notice)) {
      message.managedProperty().bind(message.textProperty().isNotEmpty()); // no gap while there is nothing to say
    }

    VBox content = new VBox(14, title, problem, notice, first, locked, session);
    content.setPadding(new Insets(16));
    setContent(content);

    // A key or a click keeps the session; the mouse entering or leaving (also made up by JavaFX when
    // the layout moves under it) does not.
    for (EventType<? extends InputEvent> input : List.of(KeyEvent.KEY_PRESSED,
        MouseEvent.MOUSE_PRESSED, ScrollEvent.SCROLL,
        TouchEvent.TOUCH_PRESSED)) {
      addEventFilter(input, e -> vm.touch());
    }
    captureTestScans();
    vm.unlockedProperty().addListener((obs, was, now) -> {
      if (now) {
        vm.refresh();
      }
    });
  }

  private Node form(Messages messages) {
    ChoiceBox<String> language = new ChoiceBox<>();
    language.setId("settings-language");
    language.getItems().addAll("id", "en");
    language.setConverter(new StringConverter<>() {
      @Override
      public String toString(String code) {
        return code == null ? "" : LANGUAGES.get(code);
      }

      @Override
      public String fromString(String name) {
        return LANGUAGES.entrySet().stream().filter(e -> e.getValue().equals(name))
            .map(Map.Entry::getKey)
            .findFirst().orElse("id");
      }
    });
    language.valueProperty().bindBidirectional(vm.form().languageProperty());
    CheckBox sound = check("settings-sound", messages.get("settings.sound"));
    sound.selectedProperty().bindBidirectional(vm.form().soundProperty());

    TextField printer = new TextField();
    printer.setId("settings-printer");
    printer.setPromptText("tcp:192.168.1.50:9100");
    printer.setPrefColumnCount(22);
    printer.textProperty().bindBidirectional(vm.form().printerProperty());
    Button testPrint = button("settings-test-print", messages.get("settings.printer.test"));
    testPrint.setOnAction(e -> vm.testPrint());
    testPrint.disableProperty().bind(vm.busyProperty());
    CheckBox autoPrint = check("settings-auto-print", messages.get("settings.autoPrint"));
    autoPrint.selectedProperty().bindBidirectional(vm.form().autoPrintProperty());

    TextField idle = new TextField();
    idle.setId("settings-idle");
    idle.setPrefColumnCount(3);
    idle.textProperty().bindBidirectional(vm.form().idleMinutesProperty());

    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(10);
    grid.addRow(0, label(messages.get("settings.language"), language), language);
    grid.addRow(1, new Label(), sound);
    grid.addRow(2, label(messages.get("settings.printer"), printer), row(printer, testPrint));
    grid.addRow(3, new Label(), autoPrint);
    grid.addRow(4, label(messages.get("settings.idle"), idle),
        row(idle, wrapping(messages.get("settings.idle.unit"))));

    Button save = button("settings-save", messages.get("settings.save"));
    save.getStyleClass().add("primary");
    save.setOnAction(e -> vm.save());
    save.disableProperty().bind(vm.busyProperty());
    Button lock = button("settings-lock", messages.get("settings.lock"));
    lock.setOnAction(e -> vm.lock());
    Label where = wrapping(messages.get(vm.demo() ? "settings.where.demo" : "settings.where.file"));
    where.getStyleClass().add("hint");
    return section(grid, row(save, lock), where);
  }

  private Node scanners(Messages messages) {
    Label heading = new Label(messages.get("settings.scanners"));
    heading.getStyleClass().add("subsection-title");
    CheckBox webcam = check("settings-webcam", messages.get("settings.webcam"));
    webcam.selectedProperty().bindBidirectional(vm.form().webcamProperty());
    CheckBox wedge = check("settings-wedge", messages.get("settings.wedge"));
    wedge.selectedProperty().bindBidirectional(vm.form().wedgeProperty());
    TextField prefix = new TextField();
    prefix.setId("settings-wedge-prefix");
    prefix.setPrefColumnCount(8);
    prefix.textProperty().bindBidirectional(vm.form().wedgePrefixProperty());
    TextField suffix = new TextField();
    suffix.setId("settings-wedge-suffix");
    suffix.setPrefColumnCount(8);
    suffix.textProperty().bindBidirectional(vm.form().wedgeSuffixProperty());
    ComboBox<String> serial = new ComboBox<>(vm.form().serialPorts());
    serial.setId("settings-serial-port");
    serial.setEditable(true);
    serial.setPromptText(messages.get("settings.serial.none"));
    serial.valueProperty().bindBidirectional(vm.form().serialPortProperty());

    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(10);
    grid.addRow(0, new Label(), row(webcam, wedge));
    grid.addRow(1, label(messages.get("settings.wedge.prefix"), prefix), row(prefix,
        label(messages.get("settings.wedge.suffix"), suffix), suffix));
    grid.addRow(2, label(messages.get("settings.serial"), serial), serial);
    if (vm.demo()) {
      grid.setDisable(true);
    }

    // Not editable: what is shown is what the scanner sent, never what a key did to a text field.
    testScan.setId("settings-test-scan");
    testScan.getStyleClass().add("test-scan");
    testScan.setEditable(false);
    testScan.setWrapText(true);
    testScan.setPrefRowCount(2);
    testScan.setMaxWidth(Double.MAX_VALUE);
    testScan.setPromptText(messages.get("settings.scan.prompt"));
    testScan.textProperty().bind(vm.testScan().textProperty());
    Button clear = button("settings-test-scan-clear", messages.get("settings.scan.clear"));
    clear.setOnAction(e -> vm.testScan().clear());
    HBox.setHgrow(testScan, Priority.ALWAYS);
    HBox test = new HBox(8, testScan, clear);
    test.setAlignment(Pos.CENTER_LEFT);
    Label restart = wrapping(
        messages.get(vm.demo() ? "settings.scanners.demo" : "settings.scanners.restart"));
    restart.getStyleClass().add("hint");
    return section(heading, grid, restart, wrapping(messages.get("settings.scan.help")), test);
  }

  private Node changePin(Messages messages) {
    Label heading = new Label(messages.get("settings.pin.changeTitle"));
    heading.getStyleClass().add("subsection-title");
    PasswordField current = pin("settings-current-pin", messages.get("settings.pin.current"));
    PasswordField next = pin("settings-new-pin", messages.get("settings.pin.new"));
    PasswordField repeat = pin("settings-repeat-pin", messages.get("settings.pin.repeat"));
    Button change = button("settings-change-pin", messages.get("settings.pin.change"));
    change.setOnAction(e -> vm.setPin(take(current), take(next), take(repeat)));
    return section(heading, row(current, next, repeat, change));
  }

  /**
   * While the test field has the focus, every key goes to it and nowhere else: caught on the scene
   * before the window's keyboard-wedge filter, so a scanner's burst is shown as typed instead of
   * starting a sale. The function keys still switch screens.
   */
  private void captureTestScans() {
    EventHandler<KeyEvent> capture = e -> {
      if (!testScan.isFocused() || e.getCode().isFunctionKey()) {
        return;
      }
      if (e.getEventType() == KeyEvent.KEY_PRESSED) {
        switch (e.getCode()) {
          case ENTER -> vm.testScan().key("ENTER");
          case TAB -> vm.testScan().key("TAB");
          case ESCAPE -> vm.testScan().key("ESC");
          default -> {
          }
        }
      } else if (e.getEventType() == KeyEvent.KEY_TYPED) {
        String c = e.getCharacter();
        // Enter, Tab and Escape were shown by name when pressed; other control characters as they come.
        if (!c.isEmpty() && !"\r".equals(c) && !"\n".equals(c) && !"\t".equals(c)
            && !"\u001b".equals(c)) {
          vm.testScan().typed(c);
        }
      }
      e.consume();
    };
    sceneProperty().addListener((obs, old, scene) -> {
      if (old != null) {
        old.removeEventFilter(KeyEvent.ANY, capture);
      }
      if (scene != null) {
        scene.addEventFilter(KeyEvent.ANY, capture);
      }
    });
  }

  /** True while the test-scan field has the focus: other scanners' codes are shown there, not paid. */
  public boolean capturesScans() {
    return testScan.isFocused() && testScan.getScene() != null;
  }

  /** The characters of a PIN field, cleared at once: the PIN never becomes a String. */
  private static char[] take(PasswordField field) {
    CharSequence typed = field.getCharacters();
    char[] pin = new char[typed.length()];
    for (int i = 0; i < pin.length; i++) {
      pin[i] = typed.charAt(i);
    }
    field.clear();
    return pin;
  }

  private static PasswordField pin(String id, String prompt) {
    PasswordField f = new PasswordField();
    f.setId(id);
    f.setPromptText(prompt);
    f.setPrefColumnCount(10);
    return f;
  }

  private static Button button(String id, String text) {
    Button b = new Button(text);
    b.setId(id);
    b.setMinWidth(Region.USE_PREF_SIZE);
    return b;
  }

  private static CheckBox check(String id, String text) {
    CheckBox c = new CheckBox(text);
    c.setId(id);
    c.setWrapText(true);
    return c;
  }

  private static Label label(String text, Node field) {
    Label l = new Label(text);
    l.setLabelFor(field);
    l.setMinWidth(Region.USE_PREF_SIZE);
    return l;
  }

  private static HBox row(Node... nodes) {
    HBox row = new HBox(8, nodes);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private static VBox section(Node... nodes) {
    VBox box = new VBox(10, nodes);
    box.managedProperty().bind(box.visibleProperty());
    return box;
  }

  /** Text shown in full, however long: it wraps, and its height is never cut. */
  private static Label wrapping(String text) {
    Label l = new Label(text);
    l.setWrapText(true);
    l.setMinHeight(Region.USE_PREF_SIZE);
    return l;
  }
}
