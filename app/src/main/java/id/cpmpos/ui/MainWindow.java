package id.cpmpos.ui;

import id.cpmpos.boot.Scanners;
import id.cpmpos.boot.TerminalContext;
import id.cpmpos.i18n.Messages;
import id.cpmpos.receipt.PrinterSpec;
import id.cpmpos.ui.checkout.CheckoutPhase;
import id.cpmpos.ui.checkout.CheckoutView;
import id.cpmpos.ui.checkout.CheckoutViewModel;
import id.cpmpos.ui.history.HistoryView;
import id.cpmpos.ui.sound.Cue;
import id.cpmpos.ui.sound.Sounds;
import id.cpmpos.ui.history.HistoryViewModel;
import id.cpmpos.ui.receipt.ReceiptPrinting;
import id.cpmpos.ui.receipt.SaleReceipt;
import id.cpmpos.ui.receipt.SaleReceiptView;
import id.cpmpos.ui.report.ReportView;
import id.cpmpos.ui.report.ReportViewModel;
import id.cpmpos.ui.settings.SettingsView;
import id.cpmpos.ui.settings.SettingsViewModel;
import id.cpmpos.ui.supervisor.SupervisorSessions;
import id.cpmpos.ui.shift.ShiftView;
import id.cpmpos.ui.shift.ShiftViewModel;
import id.cpmpos.ui.status.StatusBar;
import id.cpmpos.ui.status.StatusViewModel;
import id.cpmpos.ui.supervisor.ReversalViewModel;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The main window: a header (merchant, terminal, screens, DEMO), the current screen (checkout or
 * history; F1 and F2 switch), and the status bar at the foot of every screen.
 */
public final class MainWindow extends BorderPane {
  private final StatusViewModel status;
  private final CheckoutView checkout;
  private final HistoryView history;
  private final ToggleButton checkoutTab;
  private final ToggleButton historyTab;
  private final ToggleButton storeTab;
  private final ToggleButton settingsTab;
  private final SettingsView settings;
  private final SettingsViewModel settingsVm;
  private final CheckoutViewModel checkoutVm;
  private final javafx.scene.Node store;
  private final javafx.scene.layout.StackPane body = new javafx.scene.layout.StackPane();
  /** Also the countdown's step: a pending sale's remaining time is shown to the second. */
  private static final javafx.util.Duration PENDING_RECHECK = javafx.util.Duration.seconds(1);
  private final Messages messages;
  private final boolean demo;
  private final Sounds sounds;
  private static final javafx.css.PseudoClass COMPACT = javafx.css.PseudoClass.getPseudoClass("compact");
  private static final javafx.css.PseudoClass SPACIOUS = javafx.css.PseudoClass.getPseudoClass("spacious");
  private final TerminalContext terminal;
  private final Executor background;
  private final ReportView.SaveTarget reportTarget;
  private final SupervisorSessions sessions;
  /** Set once this window was replaced by one in another language: its listeners then do nothing. */
  private volatile boolean replaced;
  private Stage stage;
  private Runnable quit;

  public MainWindow(TerminalContext terminal, Executor background) {
    this(terminal, background, ReportView.ASK);
  }

  /** {@code reportTarget} chooses where the report's CSV is exported (the OS dialog, or a test's file). */
  public MainWindow(TerminalContext terminal, Executor background, ReportView.SaveTarget reportTarget) {
    this(terminal, background, reportTarget, new SupervisorSessions(java.time.Clock.systemUTC(),
        terminal.config().counter().supervisorIdle(), SupervisorSessions.fxTicks()));
  }

  /** {@code sessions} ends supervisor sessions (settings, refund, cancel) when idle; a test drives its clock and ticks. */
  public MainWindow(TerminalContext terminal, Executor background, ReportView.SaveTarget reportTarget,
      SupervisorSessions sessions) {
    this(terminal, background, reportTarget, sessions, terminal.messages(),
        new Sounds(terminal.config().counter().sound()), null);
  }

  /** What a window rebuilt in another language takes over from the one it replaces. */
  private record Rebuild(String screen, SupervisorSessions.Session session, SettingsViewModel.Saved saved) {}

  /** The screens in {@code messages}' language; {@code rebuild}: replacing a window in another language. */
  private MainWindow(TerminalContext terminal, Executor background, ReportView.SaveTarget reportTarget,
      SupervisorSessions sessions, Messages messages, Sounds sounds, Rebuild rebuild) {
    this.terminal = terminal;
    this.background = background;
    this.reportTarget = reportTarget;
    this.sessions = sessions;
    this.messages = messages;
    this.demo = terminal.isDemo();
    this.sounds = sounds;
    Executor ui = UiThread.executor();
    TaskExecutor tasks = new TaskExecutor(background, ui);
    Formats formats = new Formats(messages, terminal.config().zone());

    checkoutVm = new CheckoutViewModel(terminal.payments(), terminal.reversals(), messages,
        java.time.Clock.systemUTC(), tasks);
    checkout = new CheckoutView(checkoutVm, messages);
    ReceiptPrinting receipts = receiptPrinting(terminal, ui);
    SaleReceipt saleReceipt = new SaleReceipt(receipts, () -> terminal.config().counter().autoPrint(), messages);
    checkoutVm.onApproved(saleReceipt::approved);
    checkoutVm.phaseProperty().addListener((obs, old, now) -> {
      if (now == CheckoutPhase.READY || now == CheckoutPhase.WORKING) {
        saleReceipt.clear(); // the next sale: the last one's receipt line goes with its result
      }
    });
    checkout.addUnderResult(new SaleReceiptView(saleReceipt));
    Scanners scanners = terminal.scanners();
    id.cpmpos.scanner.ScanListener toCheckout = checkoutVm.scanListener();
    scanners.hub().addListener(new id.cpmpos.scanner.ScanListener() {
      @Override
      public void onScan(id.cpmpos.scanner.ScanEvent event) {
        if (!replaced && !testingScans()) {
          toCheckout.onScan(event);
        }
      }

      @Override
      public void onStatus(id.cpmpos.scanner.ScannerDescription scanner, id.cpmpos.scanner.ScannerStatus now) {
        if (!replaced) {
          toCheckout.onStatus(scanner, now);
        }
      }
    });
    if (rebuild != null) { // the scanners are running already: the new checkout is told how they are now
      for (id.cpmpos.scanner.Scanner s : scanners.hub().scanners()) {
        toCheckout.onStatus(s.description(), scanners.hub().status(s.description().deviceId()));
      }
    }
    if (scanners.camera() != null) {
      scanners.camera().previewTo(checkout.previewSink());
    }
    checkout.attachScanners(scanners.wedge(), scanners.camera() != null, this);
    // A customer's code read while another screen is shown starts a sale: the checkout comes forward.
    // A short beep says it was read, before the result's own tone.
    scanners.hub().addListener(new id.cpmpos.scanner.ScanListener() {
      @Override
      public void onScan(id.cpmpos.scanner.ScanEvent event) {
        if (replaced) {
          return;
        }
        sounds.play(Cue.SCAN);
        ui.execute(() -> {
          if (testingScans()) {
            settingsVm.testScanRead(event.source().deviceId(), event.content());
          } else {
            checkoutTab.setSelected(true);
          }
        });
      }
    });
    checkoutVm.phaseProperty().addListener((obs, old, now) -> {
      switch (now) {
        case APPROVED -> sounds.play(Cue.APPROVED);
        case DECLINED, NOT_SENT, INVALID -> sounds.play(Cue.DECLINED); // not paid, whatever the reason
        case PENDING -> sounds.play(Cue.PENDING);
        default -> { }
      }
    });
    // Started once the window is up: loading a webcam driver and opening the camera take seconds on a
    // busy machine, and the cashier should see the checkout meanwhile, not wait for it.
    startWhenShown(scanners.hub()::start);
    status = new StatusViewModel(terminal.outbox(), messages, formats, tasks);
    HistoryViewModel historyVm = new HistoryViewModel(terminal.history(), messages, formats, tasks);
    history = new HistoryView(historyVm, messages, terminal.isDemo(),
        (kind, entry) -> new ReversalViewModel(kind, entry, terminal.reversals(), terminal.supervisorPin(), messages,
            formats, tasks, sessions),
        status::refresh, receipts);

    ShiftViewModel shiftVm = new ShiftViewModel(terminal.shifts(), messages, formats, tasks);
    ReportViewModel reportVm = new ReportViewModel(terminal.dayReports(), messages, terminal.clock(),
        terminal.config().zone(), tasks);
    ShiftView shiftView = new ShiftView(shiftVm, messages);
    ReportView reportView = new ReportView(reportVm, messages, reportTarget);
    HBox.setHgrow(reportView, Priority.ALWAYS);
    // A shift opened or closed changes the report's per-shift part at once.
    shiftVm.openProperty().addListener((obs, old, now) -> reportVm.refresh());
    HBox storeScreen = new HBox(shiftView, reportView);
    storeScreen.setId("store-screen");
    store = storeScreen;

    // A sale that ends pending (or an abandon) changes the outbox now, not at the next timer tick.
    checkoutVm.phaseProperty().addListener((obs, old, now) -> status.refresh());
    // A pending sale on screen is settled by the sync (after each pass) or by a notify (seen within
    // PENDING_RECHECK): either way the cashier sees the result without doing anything.
    terminal.outbox().onPass(pass -> {
      if (!replaced) {
        checkoutVm.refreshPending();
      }
    });

    settingsVm = new SettingsViewModel(terminal.supervisorPin(), messages, terminal.configFile(), terminal::config,
        sessions, this::applySettings, id.cpmpos.scanner.serial.SerialScanner::availablePorts, terminal.clock(),
        tasks);
    settings = new SettingsView(settingsVm, messages);
    javafx.animation.Timeline recheck = new javafx.animation.Timeline();
    recheck.getKeyFrames().add(new javafx.animation.KeyFrame(PENDING_RECHECK, e -> {
      if (getScene() == null || getScene().getWindow() == null || !getScene().getWindow().isShowing()) {
        recheck.stop(); // the window is gone (and with it, possibly, the terminal)
      } else {
        checkoutVm.refreshPending();
        checkoutVm.tick();
      }
    }));
    recheck.setCycleCount(javafx.animation.Animation.INDEFINITE);
    recheck.play();

    Label merchant = new Label(Objects.requireNonNullElse(terminal.config().merchant().name(),
        terminal.config().merchant().id()));
    merchant.getStyleClass().add("merchant");
    Label terminalId = new Label(messages.get("app.terminal", terminal.config().merchant().terminalId()));
    terminalId.getStyleClass().add("terminal-id");
    ToggleGroup screens = new ToggleGroup();
    checkoutTab = tab(messages.get("nav.checkout"), "nav-checkout", screens);
    historyTab = tab(messages.get("nav.history"), "nav-history", screens);
    storeTab = tab(messages.get("nav.store"), "nav-store", screens);
    settingsTab = tab(messages.get("nav.settings"), "nav-settings", screens);
    checkoutTab.setSelected(true);
    screens.selectedToggleProperty().addListener((obs, old, now) -> {
      if (now == null) {
        old.setSelected(true); // one screen is always shown
      } else {
        body.getChildren().setAll(now == historyTab ? history : now == storeTab ? store
            : now == settingsTab ? settings : checkout);
        if (old == settingsTab) {
          settingsVm.lock(); // leaving the screen ends the supervisor's session
        }
        if (now == settingsTab) {
          settingsVm.refresh();
        }
        if (now == checkoutTab) {
          checkoutVm.forgetFinishedResult(); // an old result is not brought back as if it were new
          checkout.focusAmount();
        } else if (now == storeTab) {
          shiftVm.refresh();
          reportVm.refresh();
        }
      }
    });
    // One row that fits 800 pixels: the merchant over the terminal, the screens, DEMO at the right; none
    // of them shrinks. The demo hint has a line of its own below, wrapped rather than cut ("Mode demo: p…").
    merchant.setWrapText(true);
    merchant.setMaxWidth(260);
    VBox names = new VBox(merchant, terminalId);
    names.setAlignment(Pos.CENTER_LEFT);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox row = new HBox(12, names, checkoutTab, historyTab, storeTab, settingsTab, spacer);
    row.setAlignment(Pos.CENTER_LEFT);
    for (Region r : List.of(terminalId, checkoutTab, historyTab, storeTab, settingsTab)) {
      r.setMinWidth(Region.USE_PREF_SIZE);
    }
    VBox header = new VBox(4, row);
    header.getStyleClass().add("header");
    if (terminal.isDemo()) {
      Label demo = new Label(messages.get("app.demo"));
      demo.setId("demo-badge");
      demo.getStyleClass().add("demo-badge");
      demo.setMinWidth(Region.USE_PREF_SIZE);
      row.getChildren().add(demo);
      Label hint = new Label(messages.get("app.demo.hint"));
      hint.setId("demo-hint");
      hint.getStyleClass().add("demo-hint");
      hint.setWrapText(true);
      hint.setMinHeight(Region.USE_PREF_SIZE);
      header.getChildren().add(hint);
    }
    setTop(header);
    // The screens scale with the window in steps: smaller type on a small screen, larger on full HD.
    javafx.beans.InvalidationListener scale = o -> {
      pseudoClassStateChanged(COMPACT, getWidth() < 1100 || getHeight() < 760);
      pseudoClassStateChanged(SPACIOUS, getWidth() >= 1600 && getHeight() >= 950);
    };
    widthProperty().addListener(scale);
    heightProperty().addListener(scale);
    // The screen may be cut at its foot on a small display, but never pushes the status bar away.
    body.setMinSize(0, 0);
    javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
    clip.widthProperty().bind(body.widthProperty());
    clip.heightProperty().bind(body.heightProperty());
    body.setClip(clip);
    body.getChildren().setAll(checkout);
    setCenter(body);
    setBottom(new StatusBar(status, messages));
    getStyleClass().add("main-window");
    addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.F1) {
        checkoutTab.setSelected(true);
        e.consume();
      } else if (e.getCode() == KeyCode.F2) {
        historyTab.setSelected(true);
        e.consume();
      } else if (e.getCode() == KeyCode.F3) {
        storeTab.setSelected(true);
        e.consume();
      } else if (e.getCode() == KeyCode.F4) {
        settingsTab.setSelected(true);
        e.consume();
      }
    });
    checkout.sceneProperty().addListener((obs, old, scene) -> {
      if (scene != null) {
        checkout.focusAmount();
      }
    });
    if (rebuild != null) { // on the screen the cashier or supervisor was on; a supervisor's session goes on
      List.of(checkoutTab, historyTab, storeTab, settingsTab).stream()
          .filter(t -> t.getId().equals(rebuild.screen())).findFirst().ifPresent(t -> t.setSelected(true));
      settingsVm.adopt(rebuild.session(), rebuild.saved());
    }
  }

  /**
   * A sale in flight or pending is never taken off the screen, nor a result the cashier is reading:
   * the screens are rebuilt in a new language only when neither is shown.
   */
  private boolean mayRebuild() {
    id.cpmpos.ui.checkout.CheckoutPhase phase = checkoutVm.phaseProperty().get();
    if (phase == id.cpmpos.ui.checkout.CheckoutPhase.WORKING || phase == id.cpmpos.ui.checkout.CheckoutPhase.PENDING) {
      return false;
    }
    return !checkoutTab.isSelected() || phase == id.cpmpos.ui.checkout.CheckoutPhase.READY;
  }

  /** True while the settings screen's test-scan field listens: codes are shown there, not paid. */
  private boolean testingScans() {
    return settings != null && settings.capturesScans();
  }

  /**
   * What the settings screen saved, applied to the running terminal: sound, idle minutes, printer
   * and auto-print at once; a new language rebuilds every screen in it (no restart), unless a sale
   * is in progress, which is never taken off the screen: then it applies when that sale has ended.
   */
  private void applySettings(id.cpmpos.config.TerminalConfig saved, boolean languageChanged) {
    terminal.applyLive(saved.language(), saved.counter());
    sounds.enabledProperty().set(saved.counter().sound());
    sessions.limit(saved.counter().supervisorIdle());
    if (languageChanged) {
      SettingsViewModel.Saved said = new SettingsViewModel.Saved(terminal.isDemo(),
          !terminal.isDemo() && !saved.scanners().equals(terminal.config().scanners()));
      switchLanguage(Messages.forLanguage(saved.language()), said);
    }
  }

  private void switchLanguage(Messages next, SettingsViewModel.Saved said) {
    if (getScene() == null || replaced) {
      return;
    }
    if (!mayRebuild()) {
      settingsVm.noticeProperty().set(settingsVm.noticeProperty().get() + " " + messages.get("settings.language.afterSale"));
      javafx.beans.InvalidationListener[] wait = new javafx.beans.InvalidationListener[1];
      wait[0] = obs -> {
        if (mayRebuild()) {
          checkoutVm.phaseProperty().removeListener(wait[0]);
          checkoutTab.getToggleGroup().selectedToggleProperty().removeListener(wait[0]);
          switchLanguage(next, said);
        }
      };
      checkoutVm.phaseProperty().addListener(wait[0]);
      checkoutTab.getToggleGroup().selectedToggleProperty().addListener(wait[0]);
      return;
    }
    String screen = ((ToggleButton) checkoutTab.getToggleGroup().getSelectedToggle()).getId();
    MainWindow rebuilt = new MainWindow(terminal, background, reportTarget, sessions, next, sounds,
        new Rebuild(screen, settingsVm.session(), said));
    replaced = true;
    javafx.scene.Scene scene = getScene();
    scene.setRoot(rebuilt);
    if (stage != null) {
      stage.setTitle(next.get("app.title") + (demo ? " — DEMO" : ""));
      rebuilt.guardQuit(stage, quit);
    }
  }

  /**
   * Receipts go to the configured printer on a thread of their own: a printer that does not answer
   * holds it for its timeout, never a payment's thread. The thread ends when idle.
   */
  private static ReceiptPrinting receiptPrinting(TerminalContext terminal, Executor ui) {
    ThreadPoolExecutor printing = new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
        r -> {
          Thread t = new Thread(r, "receipt-printer");
          t.setDaemon(true);
          return t;
        });
    // The printer configured now: the settings screen changes it without a restart.
    return new ReceiptPrinting(terminal.receipts(), terminal.messages(), () -> {
      String spec = terminal.config().counter().receiptPrinter();
      return spec == null ? null : PrinterSpec.parse(spec);
    }, new TaskExecutor(printing, ui));
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
      status.quitWarning(warning -> {
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
  public void dockAside(javafx.scene.Node side) {
    setRight(side);
  }

  /** The checkout's sounds: on or off ({@code ui.sound}), for a settings screen to bind to. */
  public Sounds sounds() {
    return sounds;
  }

  public StatusViewModel status() {
    return status;
  }

  /** Runs {@code start} once, on the FX thread, right after this window is first shown. */
  private void startWhenShown(Runnable start) {
    javafx.beans.value.ObservableValue<Boolean> showing = sceneProperty()
        .flatMap(javafx.scene.Scene::windowProperty)
        .flatMap(javafx.stage.Window::showingProperty)
        .orElse(false);
    javafx.beans.value.ChangeListener<Boolean> once = new javafx.beans.value.ChangeListener<>() {
      @Override
      public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
        if (now) {
          showing.removeListener(this);
          javafx.application.Platform.runLater(start);
        }
      }
    };
    showing.addListener(once);
    if (showing.getValue()) {
      showing.removeListener(once);
      javafx.application.Platform.runLater(start);
    }
  }
}
