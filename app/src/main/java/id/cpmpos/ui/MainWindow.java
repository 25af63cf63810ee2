package id.cpmpos.ui;

import id.cpmpos.i18n.Messages;
import id.cpmpos.scanner.ScanEvent;
import id.cpmpos.scanner.ScannerDescription;
import id.cpmpos.scanner.ScannerStatus;
import id.cpmpos.sync.Connectivity;
import id.cpmpos.sync.SyncWorker;
import id.cpmpos.ui.checkout.CheckoutPhase;
import id.cpmpos.ui.settings.SettingsViewModel;
import id.cpmpos.ui.sound.Cue;
import id.cpmpos.ui.sound.Sounds;
import id.cpmpos.ui.status.StatusBar;
import id.cpmpos.ui.status.StatusViewModel;
import id.cpmpos.ui.supervisor.SupervisorSessions;
import java.util.List;
import java.util.function.BiFunction;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;

/**
 * The main window: a header (merchant, terminal, screens, DEMO), the current screen (checkout,
 * history, store, settings; F1 to F4 switch), and the status bar at the foot of every screen. It lays
 * out and switches the screens {@link TerminalUi} built; it builds none itself.
 */
public final class MainWindow extends BorderPane {
  private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");
  private static final PseudoClass SPACIOUS = PseudoClass.getPseudoClass("spacious");

  /** What a window rebuilt in another language takes over from the one it replaces. */
  record Rebuild(String screen, SupervisorSessions.Session session,
      SettingsViewModel.Saved saved) {}

  /** Who the header names. */
  record Header(String merchant, String terminalId, boolean demo) {}

  private final Screens screens;
  private final Messages messages;
  private final boolean demo;
  private final ToggleButton checkoutTab;
  private final ToggleButton historyTab;
  private final ToggleButton storeTab;
  private final ToggleButton settingsTab;
  private final StackPane body = new StackPane();
  private final BiFunction<Messages, Rebuild, MainWindow> rebuild;
  private Stage stage;
  private Runnable quit;

  /**
   * @param rebuild the same screens in another language, taking over what {@link Rebuild} carries
   * @param rebuilding null for a first window
   */
  MainWindow(Screens screens, Messages messages, Header header,
      BiFunction<Messages, Rebuild, MainWindow> rebuild,
      Rebuild rebuilding) {
    this.screens = screens;
    this.messages = messages;
    this.demo = header.demo();
    this.rebuild = rebuild;
    ToggleGroup group = new ToggleGroup();
    checkoutTab = tab(messages.get("nav.checkout"), "nav-checkout", group);
    historyTab = tab(messages.get("nav.history"), "nav-history", group);
    storeTab = tab(messages.get("nav.store"), "nav-store", group);
    settingsTab = tab(messages.get("nav.settings"), "nav-settings", group);
    checkoutTab.setSelected(true);
    group.selectedToggleProperty().addListener((obs, old, now) -> {
      if (now == null) {
        old.setSelected(true); // one screen is always shown
      } else {
        shown(old, now);
      }
    });
    setTop(header(header));
    // The screens scale with the window in steps: smaller type on a small screen, larger on full HD.
    InvalidationListener scale = o -> {
      pseudoClassStateChanged(COMPACT, getWidth() < 1100 || getHeight() < 760);
      pseudoClassStateChanged(SPACIOUS, getWidth() >= 1600 && getHeight() >= 950);
    };
    widthProperty().addListener(scale);
    heightProperty().addListener(scale);
    // The screen may be cut at its foot on a small display, but never pushes the status bar away.
    body.setMinSize(0, 0);
    Rectangle clip = new Rectangle();
    clip.widthProperty().bind(body.widthProperty());
    clip.heightProperty().bind(body.heightProperty());
    body.setClip(clip);
    body.getChildren().setAll(screens.checkout());
    setCenter(body);
    setBottom(new StatusBar(screens.status(), messages));
    getStyleClass().add("main-window");
    addEventFilter(KeyEvent.KEY_PRESSED, this::functionKey);
    screens.checkout().sceneProperty().addListener((obs, old, scene) -> {
      if (scene != null) {
        screens.checkout().focusAmount();
      }
    });
    if (rebuilding != null) { // on the screen the cashier or supervisor was on; a supervisor's session goes on
      List.of(checkoutTab, historyTab, storeTab, settingsTab).stream()
          .filter(t -> t.getId().equals(rebuilding.screen())).findFirst()
          .ifPresent(t -> t.setSelected(true));
      screens.settingsVm().adopt(rebuilding.session(), rebuilding.saved());
    }
  }

  /** The screen {@code now} comes forward; {@code old} goes. */
  private void shown(Toggle old, Toggle now) {
    body.getChildren()
        .setAll(now == historyTab
            ? screens.history()
            : now == storeTab
                ? screens.store()
                : now == settingsTab ? screens.settings() : screens.checkout());
    if (old == settingsTab) {
      screens.settingsVm().lock(); // leaving the screen ends the supervisor's session
    }
    if (now == settingsTab) {
      screens.settingsVm().refresh();
    }
    if (now == checkoutTab) {
      screens.checkoutVm().forgetFinishedResult(); // an old result is not brought back as if it were new
      screens.checkout().focusAmount();
    } else if (now == storeTab) {
      screens.storeShown().run();
    }
  }

  private void functionKey(KeyEvent e) {
    ToggleButton to = switch (e.getCode()) {
      case F1 -> checkoutTab;
      case F2 -> historyTab;
      case F3 -> storeTab;
      case F4 -> settingsTab;
      default -> null;
    };
    if (to != null) {
      to.setSelected(true);
      e.consume();
    }
  }

  /**
   * One row that fits 800 pixels: the merchant over the terminal, the screens, DEMO at the right; none
   * of them shrinks. The demo hint has a line of its own below, wrapped rather than cut ("Mode demo: p…").
   */
  private VBox header(Header header) {
    Label merchant = new Label(header.merchant());
    merchant.getStyleClass().add("merchant");
    merchant.setWrapText(true);
    merchant.setMaxWidth(260);
    Label terminalId = new Label(messages.get("app.terminal", header.terminalId()));
    terminalId.getStyleClass().add("terminal-id");
    VBox names = new VBox(merchant, terminalId);
    names.setAlignment(Pos.CENTER_LEFT);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox row = new HBox(12, names, checkoutTab, historyTab, storeTab, settingsTab, spacer);
    row.setAlignment(Pos.CENTER_LEFT);
    for (Region r : List.of(terminalId, checkoutTab, historyTab, storeTab, settingsTab)) {
      r.setMinWidth(Region.USE_PREF_SIZE);
    }
    VBox box = new VBox(4, row);
    box.getStyleClass().add("header");
    if (header.demo()) {
      Label badge = new Label(messages.get("app.demo"));
      badge.setId("demo-badge");
      badge.getStyleClass().add("demo-badge");
      badge.setMinWidth(Region.USE_PREF_SIZE);
      row.getChildren().add(badge);
      Label hint = new Label(messages.get("app.demo.hint"));
      hint.setId("demo-hint");
      hint.getStyleClass().add("demo-hint");
      hint.setWrapText(true);
      hint.setMinHeight(Region.USE_PREF_SIZE);
      box.getChildren().add(hint);
    }
    return box;
  }

  /**
   * A scanner read a code (on the scanner's thread). A short beep says so, before the result's own
   * tone. While the settings screen's test field listens the code is only shown there; otherwise it
   * goes to the checkout, which comes forward if another screen was shown: a customer's code starts a sale.
   */
  void scanned(ScanEvent event) {
    screens.sounds().play(Cue.SCAN);
    UiThread.executor().execute(() -> {
      if (testingScans()) {
        screens.settingsVm().testScan().read(event.source().deviceId(), event.content());
      } else {
        screens.checkoutVm().scanned(event);
        checkoutTab.setSelected(true);
      }
    });
  }

  /** A scanner's state changed (on its thread): the checkout's status line says so. */
  void scannerStatus(ScannerDescription scanner, ScannerStatus status) {
    screens.checkoutVm().scanListener().onStatus(scanner, status);
  }

  /** Once a second: a pending sale is looked at again and its countdown moves on. */
  void recheckPending() {
    screens.checkoutVm().refreshPending();
    screens.checkoutVm().tick();
  }

  /**
   * A pass of the sync worker ended (on its thread): a pending sale on screen may be settled now, and
   * the status bar shows the outbox as the pass left it.
   */
  void outboxPassed(SyncWorker.Pass pass) {
    screens.checkoutVm().refreshPending();
    screens.status().passed(pass);
  }

  /** The provider became reachable or unreachable (on the worker's thread). */
  void connectivityChanged(Connectivity.State state) {
    screens.status().connectivityChanged(state);
  }

  /**
   * A sale in flight or pending is never taken off the screen, nor a result the cashier is reading:
   * the screens are rebuilt in a new language only when neither is shown.
   */
  private boolean mayRebuild() {
    CheckoutPhase phase = screens.checkoutVm().phaseProperty().get();
    if (phase == CheckoutPhase.WORKING || phase == CheckoutPhase.PENDING) {
      return false;
    }
    return !checkoutTab.isSelected() || phase == CheckoutPhase.READY;
  }

  /** True while the settings screen's test-scan field listens: codes are shown there, not paid. */
  private boolean testingScans() {
    return screens.settings().capturesScans();
  }

  /**
   * Rebuilds every screen in {@code next}'s language (no restart), unless a sale is in progress, which
   * is never taken off the screen: then it happens when that sale has ended.
   */
  void switchLanguage(Messages next, SettingsViewModel.Saved said) {
    if (getScene() == null) {
      return;
    }
    SettingsViewModel settingsVm = screens.settingsVm();
    if (!mayRebuild()) {
      settingsVm.noticeProperty().set(settingsVm.noticeProperty().get() + " "
          + messages.get("settings.language.afterSale"));
      InvalidationListener[] wait = new InvalidationListener[1];
      wait[0] = obs -> {
        if (mayRebuild()) {
          screens.checkoutVm().phaseProperty().removeListener(wait[0]);
          checkoutTab.getToggleGroup().selectedToggleProperty().removeListener(wait[0]);
          switchLanguage(next, said);
        }
      };
      screens.checkoutVm().phaseProperty().addListener(wait[0]);
      checkoutTab.getToggleGroup().selectedToggleProperty().addListener(wait[0]);
      return;
    }
    String screen = ((ToggleButton) checkoutTab.getToggleGroup().getSelectedToggle()).getId();
    MainWindow rebuilt = rebuild.apply(next, new Rebuild(screen, settingsVm.session(), said));
    Scene scene = getScene();
    scene.setRoot(rebuilt);
    if (stage != null) {
      stage.setTitle(next.get("app.title") + (demo ? " — DEMO" : ""));
      rebuilt.guardQuit(stage, quit);
    }
  }

  private static ToggleButton tab(String text, String id, ToggleGroup group) {
    ToggleButton b = new ToggleButton(text);
    b.setId(id);
    b.getStyleClass().add("nav-tab");
    b.setToggleGroup(group);
    b.setFocusTraversable(false);
    return b;
  }

  /**
   * Quitting with something still in the outbox: say what (count, total, age) and let the cashier
   * stay or quit anyway. Nothing is lost either way: the journal keeps it for the next start.
   * {@code quit} runs once the cashier chose to quit (or nothing was pending).
   */
  public void guardQuit(Stage stage, Runnable quit) {
    this.stage = stage;
    this.quit = quit;
    stage.setOnCloseRequest(e -> {
      e.consume();
      screens.status().quitWarning(warning -> {
        if (warning.isEmpty() || confirmQuit(stage, warning.get())) {
          quit.run();
        }
      });
    });
  }

  private boolean confirmQuit(Stage stage, String warning) {
    ButtonType stay = new ButtonType(messages.get("quit.stay"), ButtonBar.ButtonData.CANCEL_CLOSE);
    ButtonType quit = new ButtonType(messages.get("quit.anyway"), ButtonBar.ButtonData.OK_DONE);
    Alert alert = new Alert(Alert.AlertType.WARNING, warning, stay, quit);
    alert.initOwner(stage);
    alert.setTitle(messages.get("quit.title") + (demo ? " — DEMO" : ""));
    alert.setHeaderText(messages.get("quit.header"));
    alert.getDialogPane().setId("quit-dialog");
    alert.getDialogPane().lookupButton(stay).setId("quit-stay");
    alert.getDialogPane().lookupButton(quit).setId("quit-anyway");
    if (stage.getScene() != null) {
      alert.getDialogPane().getStylesheets().addAll(stage.getScene().getStylesheets());
    }
    // Staying is the default: an Enter pressed out of habit must not close a terminal with work pending.
    ((Button) alert.getDialogPane().lookupButton(stay)).setDefaultButton(true);
    ((Button) alert.getDialogPane().lookupButton(quit)).setDefaultButton(false);
    return alert.showAndWait().filter(quit::equals).isPresent();
  }

  /** Puts {@code side} (the demo's phone, on a screen too narrow for two windows) at the window's right side. */
  public void dockAside(Node side) {
    setRight(side);
  }

  /** The checkout's sounds: on or off ({@code ui.sound}), for a settings screen to bind to. */
  public Sounds sounds() {
    return screens.sounds();
  }

  public StatusViewModel status() {
    return screens.status();
  }
}
