package id.cpmpos.ui;

import id.cpmpos.boot.Scanners;
import id.cpmpos.boot.TerminalContext;
import id.cpmpos.config.TerminalConfig;
import id.cpmpos.i18n.Messages;
import id.cpmpos.receipt.PrinterSpec;
import id.cpmpos.scanner.ScanEvent;
import id.cpmpos.scanner.ScanListener;
import id.cpmpos.scanner.Scanner;
import id.cpmpos.scanner.ScannerDescription;
import id.cpmpos.scanner.ScannerStatus;
import id.cpmpos.scanner.image.ImageScanner;
import id.cpmpos.scanner.serial.SerialScanner;
import id.cpmpos.ui.checkout.CheckoutPhase;
import id.cpmpos.ui.checkout.CheckoutView;
import id.cpmpos.ui.checkout.CheckoutViewModel;
import id.cpmpos.ui.history.HistoryView;
import id.cpmpos.ui.history.HistoryViewModel;
import id.cpmpos.ui.receipt.ReceiptPrinting;
import id.cpmpos.ui.receipt.SaleReceipt;
import id.cpmpos.ui.receipt.SaleReceiptView;
import id.cpmpos.ui.report.ReportView;
import id.cpmpos.ui.report.ReportViewModel;
import id.cpmpos.ui.settings.SettingsView;
import id.cpmpos.ui.settings.SettingsViewModel;
import id.cpmpos.ui.shift.ShiftView;
import id.cpmpos.ui.shift.ShiftViewModel;
import id.cpmpos.ui.sound.Cue;
import id.cpmpos.ui.sound.Sounds;
import id.cpmpos.ui.status.StatusViewModel;
import id.cpmpos.ui.supervisor.ReversalDesk;
import id.cpmpos.ui.supervisor.SupervisorSessions;
import id.cpmpos.ui.wallet.WalletView;
import id.cpmpos.ui.wallet.WalletViewModel;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UI's composition root for one terminal: builds every view model from the terminal's services,
 * hands each to its view and the views to a {@link MainWindow}, and wires what outlives a window: the
 * scanner hub's one listener and the outbox's, both handing on to the window shown now (a window
 * rebuilt in another language takes over), the scanners' start once the window is shown, the
 * once-a-second recheck of a pending sale, and settings saved on the settings screen applied to the
 * running terminal.
 */
public final class TerminalUi {
  private static final Logger log = LoggerFactory.getLogger(TerminalUi.class);
  /** Also the countdown's step: a pending sale's remaining time is shown to the second. */
  private static final Duration PENDING_RECHECK = Duration.seconds(1);

  private final TerminalContext terminal;
  private final TaskExecutor tasks;
  /** Receipts go to the printer on a thread of their own: a printer that does not answer holds it, never a screen. */
  private final TaskExecutor printing;
  private final ReportView.SaveTarget reportTarget;
  private final SupervisorSessions sessions;
  private final Sounds sounds;
  private volatile MainWindow current;

  public TerminalUi(TerminalContext terminal, ExecutorService background) {
    this(terminal, background, ReportView.ASK, new SupervisorSessions(Clock.systemUTC(),
        terminal.config().counter().supervisorIdle(), SupervisorSessions.fxTicks()));
  }

  /**
   * @param reportTarget where the report's CSV is exported (the OS dialog, or a test's file)
   * @param sessions ends supervisor sessions (settings, refund, cancel) when idle; a test drives its clock
   */
  public TerminalUi(TerminalContext terminal, ExecutorService background,
      ReportView.SaveTarget reportTarget,
      SupervisorSessions sessions) {
    this.terminal = terminal;
    this.tasks = TaskExecutor.fx(background);
    this.printing = TaskExecutor
        .fx(new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "receipt-printer");
              t.setDaemon(true);
              return t;
            }));
    this.reportTarget = reportTarget;
    this.sessions = sessions;
    this.sounds = new Sounds(terminal.config().counter().sound());
  }

  /**
   * The window in the terminal's language. Once it is shown the scanners start (loading a webcam driver
   * and opening the camera take seconds on a busy machine: the cashier sees the checkout meanwhile) and
   * a pending sale is rechecked every second.
   */
  public MainWindow window() {
    current = build(terminal.messages(), null);
    Scanners scanners = terminal.scanners();
    scanners.hub().addListener(new ToTheWindowShown());
    // A pending sale on screen is settled by the sync (after each pass) or by a notify (seen within
    // PENDING_RECHECK): either way the cashier sees the result without doing anything. The worker
    // lives as long as the terminal: its word goes to the window shown now, through these two
    // listeners only, so a window rebuilt in another language leaves nothing behind on it.
    terminal.outbox().onPass(pass -> current.outboxPassed(pass));
    terminal.outbox().onConnectivityChange(state -> current.connectivityChanged(state));
    whenFirstShown(current, () -> {
      scanners.hub().start();
      recheckEverySecond();
    });
    return current;
  }

  private MainWindow build(Messages messages, MainWindow.Rebuild rebuilding) {
    TerminalConfig config = terminal.config();
    Formats formats = new Formats(messages, config.zone());
    CheckoutViewModel checkoutVm = new CheckoutViewModel(terminal.payments(), terminal.reversals(),
        messages,
        Clock.systemUTC(), tasks);
    CheckoutView checkout = new CheckoutView(checkoutVm, messages);
    ReceiptPrinting receipts = new ReceiptPrinting(terminal.receipts(), messages, this::printer,
        printing);
    SaleReceipt saleReceipt = new SaleReceipt(receipts,
        () -> terminal.config().counter().autoPrint(), messages);
    checkoutVm.onApproved(saleReceipt::approved);
    checkout.addUnderResult(new SaleReceiptView(saleReceipt));
    StatusViewModel status = new StatusViewModel(terminal.outbox(), messages, formats, tasks);
    checkoutVm.phaseProperty().addListener((obs, old, now) -> {
      if (now == CheckoutPhase.READY || now == CheckoutPhase.WORKING) {
        saleReceipt.clear(); // the next sale: the last one's receipt line goes with its result
      }
      switch (now) {
        case APPROVED -> sounds.play(Cue.APPROVED);
        case DECLINED, NOT_SENT, INVALID -> sounds.play(Cue.DECLINED); // not paid, whatever the reason
        case PENDING -> sounds.play(Cue.PENDING);
        default -> {
        }
      }
      status.refresh(); // a sale that ends pending (or an abandon) changes the outbox now, not at the next tick
    });

    HistoryView history = new HistoryView(
        new HistoryViewModel(terminal.history(), messages, formats, tasks),
        messages, config.demo(),
        new ReversalDesk(terminal.reversals(), terminal.supervisorPin(), sessions, messages,
            formats, tasks),
        status::refresh, receipts);
    ShiftViewModel shiftVm = new ShiftViewModel(terminal.shifts(), messages, formats, tasks);
    ReportViewModel reportVm = new ReportViewModel(terminal.dayReports(), messages,
        terminal.clock(), config.zone(),
        tasks);
    ReportView reportView = new ReportView(reportVm, messages, reportTarget);
    HBox.setHgrow(reportView, Priority.ALWAYS);
    // A shift opened or closed changes the report's per-shift part at once.
    shiftVm.openProperty().addListener((obs, old, now) -> reportVm.refresh());
    HBox store = new HBox(new ShiftView(shiftVm, messages), reportView);
    store.setId("store-screen");

    SettingsViewModel settingsVm = new SettingsViewModel(terminal.supervisorPin(), messages,
        terminal.configFile(),
        terminal::config, sessions, this::applySettings, SerialScanner::availablePorts,
        terminal.clock(), tasks);
    Screens screens = new Screens(checkoutVm, checkout, history, store, () -> {
      shiftVm.refresh();
      reportVm.refresh();
    }, settingsVm, new SettingsView(settingsVm, messages), status, sounds);
    TerminalConfig.Merchant merchant = config.merchant();
    MainWindow window = new MainWindow(screens, messages, new MainWindow.Header(
        Objects.requireNonNullElse(merchant.name(), merchant.id()), merchant.terminalId(),
        config.demo()),
        this::rebuild, rebuilding);
    attachScanners(window, checkout, checkoutVm, rebuilding != null);
    return window;
  }

  private void attachScanners(MainWindow window, CheckoutView checkout,
      CheckoutViewModel checkoutVm,
      boolean running) {
    Scanners scanners = terminal.scanners();
    if (running) { // a rebuilt window: the scanners run already, and its checkout is told how they are now
      for (Scanner s : scanners.hub().scanners()) {
        checkoutVm.scanListener().onStatus(s.description(),
            scanners.hub().status(s.description().deviceId()));
      }
    }
    if (scanners.camera() != null) {
      scanners.camera().previewTo(checkout.previewSink());
    }
    checkout.attachScanners(scanners.wedge(), scanners.camera() != null, window);
  }

  /** The same screens in another language; the scanners and the outbox speak to it from now on. */
  private MainWindow rebuild(Messages messages, MainWindow.Rebuild rebuilding) {
    current = build(messages, rebuilding);
    return current;
  }

  /**
   * Demo mode: the customer's phone, its first QR on its way. Held up to the counter's camera, its
   * picture goes through the webcam's decoder (the demo's virtual camera).
   */
  public WalletView customerPhone() {
    Predicate<String> used = terminal.sandbox() == null
        ? qr -> false
        : qr -> terminal.sandbox().ledger().qrUsed(qr);
    WalletViewModel vm = new WalletViewModel(terminal.wallet(), used, terminal.messages(),
        Clock.systemUTC(), tasks);
    WalletView wallet = new WalletView(vm, terminal.messages());
    ImageScanner virtualCamera = terminal.scanners().demoPhone();
    if (virtualCamera != null) {
      wallet.offerToCamera(
          content -> tasks.run(() -> virtualCamera.read(DemoPhonePicture.of(content)), () -> {},
              e -> log.warn("the phone's picture could not be read: {}", e.toString())));
    }
    vm.newQr();
    return wallet;
  }

  /** The printer configured now: the settings screen changes it without a restart. */
  private PrinterSpec printer() {
    String spec = terminal.config().counter().receiptPrinter();
    return spec == null ? null : PrinterSpec.parse(spec);
  }

  /**
   * What the settings screen saved, applied to the running terminal: sound, idle minutes, printer
   * and auto-print at once; a new language rebuilds every screen in it (see MainWindow#switchLanguage).
   */
  private void applySettings(TerminalConfig saved, boolean languageChanged) {
    boolean restartNeeded = !terminal.isDemo()
        && !saved.scanners().equals(terminal.config().scanners());
    terminal.applyLive(saved.language(), saved.counter());
    sounds.enabledProperty().set(saved.counter().sound());
    sessions.limit(saved.counter().supervisorIdle());
    if (languageChanged) {
      current.switchLanguage(Messages.forLanguage(saved.language()),
          new SettingsViewModel.Saved(terminal.isDemo(), restartNeeded));
    }
  }

  private void recheckEverySecond() {
    Timeline recheck = new Timeline();
    recheck.getKeyFrames().add(new KeyFrame(PENDING_RECHECK, e -> {
      MainWindow shown = current;
      if (shown.getScene() == null || shown.getScene().getWindow() == null
          || !shown.getScene().getWindow().isShowing()) {
        recheck.stop(); // the window is gone (and with it, possibly, the terminal)
      } else {
        shown.recheckPending();
      }
    }));
    recheck.setCycleCount(Animation.INDEFINITE);
    recheck.play();
  }

  /** Runs {@code start} once, on the FX thread, right after {@code window} is first shown. */
  private static void whenFirstShown(MainWindow window, Runnable start) {
    ObservableValue<Boolean> showing = window.sceneProperty()
        .flatMap(Scene::windowProperty)
        .flatMap(Window::showingProperty)
        .orElse(false);
    ChangeListener<Boolean> once = new ChangeListener<>() {
      @Override
      public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
        if (now) {
          showing.removeListener(this);
          Platform.runLater(start);
        }
      }
    };
    showing.addListener(once);
    if (showing.getValue()) {
      showing.removeListener(once);
      Platform.runLater(start);
    }
  }

  /** The hub's one listener for the life of the terminal: scans and scanner states go to the window shown now. */
  private final class ToTheWindowShown implements ScanListener {
    @Override
    public void onScan(ScanEvent event) {
      current.scanned(event);
    }

    @Override
    public void onStatus(ScannerDescription scanner, ScannerStatus status) {
      current.scannerStatus(scanner, status);
    }
  }
}
