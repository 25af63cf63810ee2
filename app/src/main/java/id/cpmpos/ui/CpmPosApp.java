package id.cpmpos.ui;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.ui.setup.FirstRunScreen;
import id.cpmpos.ui.setup.FirstRunSetup;
import id.cpmpos.ui.setup.FirstRunViewModel;
import id.cpmpos.ui.wallet.WalletView;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The JavaFX application: the main window around the checkout screen, or first the first-run screen. */
public final class CpmPosApp extends Application {
  /** What the window opens on: a terminal already open, or the first-run screen that opens one. */
  public sealed interface Opening {
    record Terminal(TerminalContext terminal) implements Opening {}

    /** No configuration: the first-run screen comes first, and the terminal is opened from it. */
    record FirstRun(FirstRunSetup setup) implements Opening {}
  }

  /**
   * The one hand-off into the toolkit: {@link Application#launch} constructs this class itself (with
   * its no-argument constructor), so what it opens on is left here for {@link #start}. Starting the
   * toolkit with {@code Platform.startup} instead would take this away, but would mean doing by hand
   * what launch does (stop() when the last window closes, the demo's second window, the failures
   * StartupProblems explains); set and read once per process.
   */
  private static final AtomicReference<Opening> OPENING = new AtomicReference<>();

  private FirstRunScreen firstRunScreen;
  private ExecutorService background;
  /** The terminal shown, closed when the toolkit stops. */
  private volatile TerminalContext terminal;

  /** Runs the toolkit on {@code opening} until the window closes (the caller reports a toolkit that cannot start). */
  public static void launch(Opening opening) {
    OPENING.set(opening);
    Application.launch(CpmPosApp.class);
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
    Opening opening = OPENING.getAndSet(null);
    if (opening instanceof Opening.Terminal open) {
      terminal = open.terminal();
      showTerminal(stage, terminal, background);
    } else {
      firstRunScreen = showFirstRun(stage, ((Opening.FirstRun) opening).setup(), background,
          opened -> terminal = opened);
    }
  }

  /**
   * The first-run screen in {@code stage}; the terminal it opens (the demo, or the one the wizard
   * installed) replaces it in the same window, without a restart. Public so UI tests build exactly
   * what users see.
   *
   * @param opened told of the terminal before its checkout is shown (the app closes it at exit)
   */
  public static FirstRunScreen showFirstRun(Stage stage, FirstRunSetup setup,
      ExecutorService background,
      Consumer<TerminalContext> opened) {
    FirstRunViewModel vm = new FirstRunViewModel(setup,
        terminal -> GuiLauncher.startServices(terminal),
        TaskExecutor.fx(background));
    FirstRunScreen screen = new FirstRunScreen(vm, terminal -> {
      opened.accept(terminal);
      showTerminal(stage, terminal, background);
    });
    stage.setTitle(vm.messages().get("firstRun.title"));
    vm.languageProperty()
        .addListener((obs, old, now) -> stage.setTitle(vm.messages().get("firstRun.title")));
    stage.setScene(scene(screen, 1024, 720));
    stage.show();
    return screen;
  }

  /** The checkout's window for {@code terminal} in {@code stage}, and in demo mode the customer's phone beside it. */
  public static void showTerminal(Stage stage, TerminalContext terminal,
      ExecutorService background) {
    TerminalUi ui = new TerminalUi(terminal, background);
    MainWindow window = ui.window();
    stage.setTitle(terminal.messages().get("app.title") + (terminal.isDemo() ? " — DEMO" : ""));
    stage.setScene(scene(window, 1024, 720));
    window.guardQuit(stage, Platform::exit);
    stage.show();
    if (terminal.isDemo()) {
      showCustomerPhone(stage, window, ui.customerPhone(), terminal.messages().get("wallet.title"));
    }
  }

  /**
   * Demo mode: the customer's phone beside the counter's window, never over it: both are placed side
   * by side on the screen (the counter's window narrowed down to its minimum if need be); a screen too
   * narrow for both gets the phone docked at the side of the counter's window.
   */
  private static void showCustomerPhone(Stage owner, MainWindow window, WalletView wallet,
      String title) {
    PhonePlacement place = PhonePlacement.of(Screen.getPrimary().getVisualBounds(),
        owner.getWidth(),
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
      phone.setTitle(title);
      phone.setX(place.phoneX());
      phone.setY(place.phoneY());
      phone.show();
    }
    owner.requestFocus();
  }

  private static final double PHONE_WIDTH = 480;
  private static final double PHONE_HEIGHT = 700;

  /** The smallest window the screens are laid out for: nothing a cashier reads is cut at this size. */
  public static final double MIN_WIDTH = 800;
  public static final double MIN_HEIGHT = 600;

  /** A scene of {@code root} with the terminal's stylesheet; public so UI tests lay out what users see. */
  public static Scene scene(Parent root, double width, double height) {
    Scene scene = new Scene(root, width, height);
    scene.getStylesheets()
        .add(Objects.requireNonNull(CpmPosApp.class.getResource("/assets/css/cpm-pos.css"))
            .toExternalForm());
    return scene;
  }

  /** The window's content; public so UI tests build exactly what users see. */
  public static MainWindow mainWindow(TerminalContext terminal, ExecutorService background) {
    return new TerminalUi(terminal, background).window();
  }

  @Override
  public void stop() {
    if (background != null) {
      background.shutdownNow();
    }
    if (firstRunScreen != null) {
      firstRunScreen.close();
    }
    if (terminal != null) {
      terminal.close();
    }
  }
}
