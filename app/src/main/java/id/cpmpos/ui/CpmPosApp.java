package id.cpmpos.ui;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.scanner.image.ImageScanner;
import id.cpmpos.ui.setup.FirstRunScreen;
import id.cpmpos.ui.setup.FirstRunSetup;
import id.cpmpos.ui.setup.FirstRunViewModel;
import id.cpmpos.ui.wallet.WalletView;
import id.cpmpos.ui.wallet.WalletViewModel;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: the main window around the checkout screen, or first the first-run screen. */
public final class CpmPosApp extends Application {
  private static volatile TerminalContext context;
  private static FirstRunSetup firstRun;
  private FirstRunScreen firstRunScreen;
  private ExecutorService background;

  /** JavaFX builds the Application itself, so the composition root hands it the context here. */
  public static void use(TerminalContext terminal) {
    context = terminal;
  }

  /** No configuration: the first-run screen comes first, and the terminal is opened from it. */
  public static void firstRun(FirstRunSetup setup) {
    context = null;
    firstRun = setup;
  }

  @Override
  public void start(Stage stage) {
    background = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "terminal-work");
      t.setDaemon(true);
      return t;
    });
    stage.setMinWidth(MIN_WIDTH);
    stage.setMinHeight(MIN_HEIGHT);
    if (context == null) {
      firstRunScreen = showFirstRun(stage, firstRun, background, terminal -> context = terminal);
    } else {
      showTerminal(stage, context, background);
    }
  }

  /**
   * The first-run screen in {@code stage}; the terminal it opens (the demo, or the one the wizard
   * installed) replaces it in the same window, without a restart. Public so UI tests build exactly
   * what users see.
   *
   * @param opened told of the terminal before its checkout is shown (the app closes it at exit)
   */
  public static FirstRunScreen showFirstRun(Stage stage, FirstRunSetup setup, ExecutorService background,
      Consumer<TerminalContext> opened) {
    FirstRunViewModel vm = new FirstRunViewModel(setup, terminal -> GuiLauncher.startServices(terminal),
        TaskExecutor.fx(background));
    FirstRunScreen screen = new FirstRunScreen(vm, terminal -> {
      opened.accept(terminal);
      showTerminal(stage, terminal, background);
    });
    stage.setTitle(vm.messages().get("firstRun.title"));
    vm.languageProperty().addListener((obs, old, now) -> stage.setTitle(vm.messages().get("firstRun.title")));
    stage.setScene(scene(screen, 1024, 720));
    stage.show();
    return screen;
  }

  /** The checkout's window for {@code terminal} in {@code stage}, and in demo mode the customer's phone beside it. */
  public static void showTerminal(Stage stage, TerminalContext terminal, ExecutorService background) {
    MainWindow window = mainWindow(terminal, background);
    stage.setTitle(terminal.messages().get("app.title") + (terminal.isDemo() ? " — DEMO" : ""));
    stage.setScene(scene(window, 1024, 720));
    window.guardQuit(stage, Platform::exit);
    stage.show();
    if (terminal.isDemo()) {
      showCustomerPhone(stage, window, terminal, background);
    }
  }

  /**
   * Demo mode: the customer's phone beside the counter's window, never over it: both are placed side
   * by side on the screen (the counter's window narrowed down to its minimum if need be); a screen too
   * narrow for both gets the phone docked at the side of the counter's window.
   */
  private static void showCustomerPhone(Stage owner, MainWindow window, TerminalContext context,
      ExecutorService background) {
    java.util.function.Predicate<String> used = context.sandbox() == null ? qr -> false
        : qr -> context.sandbox().ledger().qrUsed(qr);
    WalletViewModel vm = new WalletViewModel(context.wallet(), used, context.messages(), java.time.Clock.systemUTC(),
        TaskExecutor.fx(background));
    WalletView wallet = new WalletView(vm, context.messages());
    ImageScanner virtualCamera = context.scanners().demoPhone();
    if (virtualCamera != null) {
      wallet.offerToCamera(content -> background.execute(() -> virtualCamera.read(DemoPhonePicture.of(content))));
    }
    PhonePlacement place = PhonePlacement.of(javafx.stage.Screen.getPrimary().getVisualBounds(), owner.getWidth(),
        owner.getHeight(), PHONE_WIDTH, PHONE_HEIGHT, MIN_WIDTH);
    owner.setX(place.ownerX());
    owner.setY(place.ownerY());
    owner.setWidth(place.ownerWidth());
    owner.setHeight(place.ownerHeight());
    if (place.docked()) {
      wallet.setPrefWidth(place.phoneWidth());
      window.dockAside(wallet);
    } else {
      Stage phone = new Stage();
      Scene scene = new Scene(wallet, place.phoneWidth(), place.phoneHeight());
      scene.getStylesheets().addAll(owner.getScene().getStylesheets());
      phone.setScene(scene);
      phone.setTitle(context.messages().get("wallet.title"));
      phone.setX(place.phoneX());
      phone.setY(place.phoneY());
      phone.show();
    }
    owner.requestFocus();
    vm.newQr();
  }

  private static final double PHONE_WIDTH = 480;
  private static final double PHONE_HEIGHT = 700;

  /** The smallest window the screens are laid out for: nothing a cashier reads is cut at this size. */
  public static final double MIN_WIDTH = 800;
  public static final double MIN_HEIGHT = 600;

  /** A scene of {@code root} with the terminal's stylesheet; public so UI tests lay out what users see. */
  public static Scene scene(javafx.scene.Parent root, double width, double height) {
    Scene scene = new Scene(root, width, height);
    scene.getStylesheets().add(Objects.requireNonNull(CpmPosApp.class.getResource("/assets/css/cpm-pos.css"))
        .toExternalForm());
    return scene;
  }

  /** The window's content; public so UI tests build exactly what users see. */
  public static MainWindow mainWindow(TerminalContext terminal, ExecutorService background) {
    return new MainWindow(terminal, background);
  }

  @Override
  public void stop() {
    if (background != null) {
      background.shutdownNow();
    }
    if (firstRunScreen != null) {
      firstRunScreen.close();
    }
    if (context != null) {
      context.close();
    }
  }
}
