package id.cpmpos.ui;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.scanner.image.ImageScanner;
import id.cpmpos.ui.wallet.WalletView;
import id.cpmpos.ui.wallet.WalletViewModel;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: the main window around the checkout screen. */
public final class CpmPosApp extends Application {
  private static TerminalContext context;
  private ExecutorService background;

  /** JavaFX builds the Application itself, so the composition root hands it the context here. */
  public static void use(TerminalContext terminal) {
    context = terminal;
  }

  @Override
  public void start(Stage stage) {
    background = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "terminal-work");
      t.setDaemon(true);
      return t;
    });
    MainWindow window = mainWindow(context, background);
    Scene scene = new Scene(window, 1024, 720);
    scene.getStylesheets().add(Objects.requireNonNull(CpmPosApp.class.getResource("/assets/css/cpm-pos.css"))
        .toExternalForm());
    stage.setTitle(context.messages().get("app.title") + (context.isDemo() ? " — DEMO" : ""));
    stage.setScene(scene);
    window.guardQuit(stage, Platform::exit);
    stage.show();
    if (context.isDemo()) {
      showCustomerPhone(stage);
    }
  }

  /** Demo mode: the customer's phone in a window of its own, beside the counter's screen. */
  private void showCustomerPhone(Stage owner) {
    java.util.function.Predicate<String> used = context.sandbox() == null ? qr -> false
        : qr -> context.sandbox().ledger().qrUsed(qr);
    WalletViewModel vm = new WalletViewModel(context.wallet(), used, context.messages(), java.time.Clock.systemUTC(),
        background, UiThread.executor());
    Stage phone = new Stage();
    WalletView wallet = new WalletView(vm, context.messages());
    ImageScanner virtualCamera = context.scanners().demoPhone();
    if (virtualCamera != null) {
      wallet.offerToCamera(content -> background.execute(() -> virtualCamera.read(DemoPhonePicture.of(content))));
    }
    Scene scene = new Scene(wallet, 480, 700);
    scene.getStylesheets().addAll(owner.getScene().getStylesheets());
    phone.setScene(scene);
    phone.setTitle(context.messages().get("wallet.title"));
    // Beside the counter's window where the screen has room, else over its right edge: never off-screen.
    javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
    phone.setX(Math.max(screen.getMinX(), Math.min(owner.getX() + owner.getWidth() + 10,
        screen.getMaxX() - scene.getWidth())));
    phone.setY(Math.max(screen.getMinY(), owner.getY()));
    phone.show();
    owner.requestFocus();
    vm.newQr();
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
    context.close();
  }
}
