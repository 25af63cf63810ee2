package id.cpmpos.ui;

import id.cpmpos.boot.Scanners;
import id.cpmpos.boot.TerminalContext;
import id.cpmpos.scanner.image.ImageScanner;
import id.cpmpos.i18n.Messages;
import id.cpmpos.ui.checkout.CheckoutView;
import id.cpmpos.ui.checkout.CheckoutViewModel;
import id.cpmpos.ui.wallet.WalletView;
import id.cpmpos.ui.wallet.WalletViewModel;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
    Scene scene = new Scene(mainWindow(context, background), 1024, 720);
    scene.getStylesheets().add(Objects.requireNonNull(CpmPosApp.class.getResource("/assets/css/cpm-pos.css"))
        .toExternalForm());
    stage.setTitle(context.messages().get("app.title") + (context.isDemo() ? " — DEMO" : ""));
    stage.setScene(scene);
    stage.show();
    if (context.isDemo()) {
      showCustomerPhone(stage);
    }
  }

  /** Demo mode: the customer's phone in a window of its own, beside the counter's screen. */
  private void showCustomerPhone(Stage owner) {
    WalletViewModel vm = new WalletViewModel(context.wallet(), context.messages(), java.time.Clock.systemUTC(),
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
  public static Parent mainWindow(TerminalContext terminal, ExecutorService background) {
    Messages messages = terminal.messages();
    CheckoutViewModel vm = new CheckoutViewModel(terminal.payments(), messages, background, UiThread.executor());
    CheckoutView checkout = new CheckoutView(vm, messages);
    Scanners scanners = terminal.scanners();
    scanners.hub().addListener(vm.scanListener());
    if (scanners.camera() != null) {
      scanners.camera().previewTo(vm.previewSink());
    }
    checkout.attachScanners(scanners.wedge(), scanners.camera() != null);
    scanners.hub().start();

    Label merchant = new Label(Objects.requireNonNullElse(terminal.config().merchantName(), terminal.config().merchantId()));
    merchant.getStyleClass().add("merchant");
    Label terminalId = new Label(messages.get("app.terminal", terminal.config().terminalId()));
    terminalId.getStyleClass().add("terminal-id");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox header = new HBox(16, merchant, terminalId, spacer);
    header.getStyleClass().add("header");
    header.setAlignment(Pos.CENTER_LEFT);
    if (terminal.isDemo()) {
      Label demo = new Label(messages.get("app.demo"));
      demo.setId("demo-badge");
      demo.getStyleClass().add("demo-badge");
      Label hint = new Label(messages.get("app.demo.hint"));
      hint.getStyleClass().add("demo-hint");
      header.getChildren().addAll(hint, demo);
    }
    BorderPane root = new BorderPane(checkout);
    root.setTop(header);
    root.getStyleClass().add("main-window");
    checkout.sceneProperty().addListener((obs, old, scene) -> {
      if (scene != null) {
        checkout.focusAmount();
      }
    });
    return root;
  }

  @Override
  public void stop() {
    if (background != null) {
      background.shutdownNow();
    }
    context.close();
  }
}
