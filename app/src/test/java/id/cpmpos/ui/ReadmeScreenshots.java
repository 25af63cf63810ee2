package id.cpmpos.ui;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.receipt.ReceiptPdf;
import id.cpmpos.receipt.ReceiptText;
import id.cpmpos.sandbox.Scenario;
import id.cpmpos.testing.SandboxFixture;
import id.cpmpos.testing.Terminals;
import id.cpmpos.ui.wallet.WalletView;
import id.cpmpos.ui.wallet.WalletViewModel;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Takes the README's pictures of the running GUI: the real windows on a real (X) display, no Monocle,
 * the real stack (demo mode, the sandbox provider on 127.0.0.1, SQLite journals). Not a test: one run
 * writes every picture into OUT_DIR (the README's {@code assets/screenshots}). From the repository's
 * root (the README's "Screen sizes" lists what each class takes):
 *
 * <pre>
 * mvn -B -q -pl app -am test-compile dependency:build-classpath \
 *     -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/app/target/shots.classpath"
 * Xvfb :43 -screen 0 1920x1080x24 &amp;
 * DISPLAY=:43 java -cp "app/target/test-classes:app/target/classes:$(cat app/target/shots.classpath)" \
 *     'id.cpmpos.ui.ReadmeScreenshots$Main' assets/screenshots
 * </pre>
 *
 * Each picture is the X root window cropped to the window ({@code import}, ImageMagick), as a person
 * would take it; the receipt is rendered with {@code pdftoppm}. Here: demo mode in Bahasa Indonesia
 * (the checkout at two sizes, with the customer's phone, the keypad, the history, the dialog with no
 * PIN yet) and a sandbox in English (the checkout, the store's day); then {@link OfflineShots},
 * {@link CameraShots}, {@link FirstRunShots} and {@link SettingsShots}.
 */
public final class ReadmeScreenshots extends Application {
  private static Path out;
  private final ExecutorService background = Executors.newFixedThreadPool(2);
  private Stage stage;
  private Shots shots;

  /** The entry point: JavaFX refuses a class-path main that is itself an Application. */
  public static final class Main {
    private Main() {}

    public static void main(String[] args) {
      out = Path.of(args[0]);
      Application.launch(ReadmeScreenshots.class, args);
    }
  }

  @Override
  public void start(Stage stage) {
    this.stage = stage;
    this.shots = new Shots(stage, out);
    Thread tour = new Thread(() -> {
      try {
        tour();
      } catch (Throwable e) {
        e.printStackTrace();
        System.exit(1);
      }
      System.exit(0);
    }, "screenshot-tour");
    tour.start();
  }

  private void tour() throws Exception {
    Files.createDirectories(out);
    Path work = Files.createTempDirectory("cpm-pos-shots");
    try {
      demo(work);
      english(work);
      new OfflineShots(shots).take(Files.createDirectories(work.resolve("offline")), background);
      new CameraShots(shots).take(Files.createDirectories(work.resolve("camera")), background);
      new FirstRunShots(shots).take(Files.createDirectories(work.resolve("fr")), background);
      new SettingsShots(shots).take(Files.createDirectories(work.resolve("settings")), background);
    } finally {
      try (Stream<Path> all = Files.walk(work)) { // journals, keys, the sandboxes' books
        all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Demo mode, Bahasa Indonesia: the checkout, the phone beside it, the keypad, the history. */
  private void demo(Path work) throws Exception {
    TerminalContext demo = TerminalContext.demo(Clock.systemUTC(),
        work.resolve("demo").resolve("journal.db"));
    Terminals.setPin(demo);
    // Earlier sales for the history: one refunded in part, one declined.
    String refunded = demo.payments().pay("1250000", qr(demo, Scenario.APPROVE), null).record()
        .partnerReferenceNo();
    demo.reversals().refund(refunded, "250000.50", "barang dikembalikan",
        Terminals.PIN.toCharArray());
    demo.payments().pay("48500", qr(demo, Scenario.INSUFFICIENT_FUNDS), null);
    MainWindow window = Shots.fx(() -> CpmPosApp.mainWindow(demo, background));
    shots.show(window, 800, 600);
    shots.pay(window, "25.000", qr(demo, Scenario.APPROVE),
        demo.messages().get("checkout.approved"));
    shots.shoot("checkout-id-800x600", 800, 600);
    shots.shoot("checkout-id-1920x1080", 1920, 1080);

    demoWithPhone(demo, window);

    // The keypad: 1, 2, 5, 0, 0 typed on the screen (the last sale's amount cleared first).
    for (String key : new String[]{"#key-clear", "#key-1", "#key-2", "#key-5", "#key-0",
        "#key-0"}) {
      shots.click(window, key);
    }
    shots.awaitText(window, "#headline", demo.messages().get("checkout.ready"));
    shots.shoot("checkout-keypad", 1024, 720);

    shots.press(window, KeyCode.F2);
    TableView<?> table = (TableView<?>) window.lookup("#history-table");
    Shots.await(() -> table.getItems().size() == 5);
    Shots.fx(() -> {
      table.getSelectionModel().select(1); // the sale paid with the phone
      return null;
    });
    shots.shoot("demo-history", 1280, 800);

    Shots.fx(() -> {
      ((TextField) window.lookup("#search-ref")).setText(refunded.substring(refunded.length() - 8));
      return null;
    });
    Shots.await(() -> table.getItems().size() == 1);
    Shots.fx(() -> {
      table.getSelectionModel().select(0);
      return null;
    });
    shots.shoot("history-search", 1280, 800);

    demoWithoutPin(work);
  }

  /** A demo just started: no supervisor PIN yet, and the refund's dialog says how to set one. */
  private void demoWithoutPin(Path work) throws Exception {
    TerminalContext fresh = TerminalContext.demo(Clock.systemUTC(),
        work.resolve("demo-no-pin").resolve("journal.db"));
    fresh.payments().pay("42000", qr(fresh, Scenario.APPROVE), null);
    MainWindow window = Shots.fx(() -> CpmPosApp.mainWindow(fresh, background));
    shots.show(window, 1024, 720);
    shots.press(window, KeyCode.F2);
    TableView<?> table = (TableView<?>) window.lookup("#history-table");
    Shots.await(() -> table.getItems().size() == 1);
    Shots.fx(() -> {
      table.getSelectionModel().select(0);
      return null;
    });
    shots.click(window, "#refund");
    Shots.await(() -> OfflineShots.inDialog("#pin-not-set") != null);
    shots.crop("demo-no-pin", 1024, 720, 0, 0);
    Shots.fx(() -> {
      ((ButtonBase) OfflineShots.inDialog("#reversal-close")).fire();
      return null;
    });
  }

  /** English, against a sandbox (no demo header): the checkout, and the store's day. */
  private void english(Path work) throws Exception {
    SandboxFixture fixture = new SandboxFixture(work.resolve("en"));
    fixture.override("ui.language", "en");
    TerminalContext en = TerminalContext.open(fixture.config, Clock.systemUTC());
    MainWindow english = Shots.fx(() -> CpmPosApp.mainWindow(en, background));
    shots.show(english, 800, 600);
    shots.pay(english, "25.000", fixture.customerQr(), en.messages().get("checkout.approved"));
    shots.shoot("checkout-en-800x600", 800, 600);
    shots.shoot("checkout-en-1920x1080", 1920, 1080);

    // The store's day (demo sales are training and never counted): a shift with sales, a refund and
    // a decline, the day's report, the shift closed, a receipt as PDF.
    Terminals.setPin(en);
    en.shifts().open("Sari", null);
    String sale = Terminals.paid(en, fixture, "125000");
    Terminals.paid(en, fixture, "48500.50");
    en.reversals().refund(sale, "25000.00", "one item back", Terminals.PIN.toCharArray());
    en.payments().pay("7000", fixture.customerQr(Scenario.INSUFFICIENT_FUNDS), null);
    shots.press(english, KeyCode.F3);
    shots.shoot("report", 1280, 800);
    shots.click(english, "#shift-close");
    Shots.await(() -> !((Label) english.lookup("#shift-summary")).getText().isEmpty());
    shots.shoot("shift-summary", 1280, 800);
    Path pdf = work.resolve("receipt.pdf");
    try (OutputStream o = Files.newOutputStream(pdf)) {
      ReceiptPdf.write(ReceiptText.lines(en.receipts().receipt(sale, null), en.messages()::get),
          sale, o);
    }
    Shots.run("pdftoppm", "-png", "-r", "110", "-singlefile", pdf.toString(),
        out.resolve("receipt-pdf").toString());
  }

  /**
   * The demo's first screen as it opens on a full-HD screen: the checkout and the customer's phone
   * placed beside it, ready, then approved, then declined (scenario insufficient-funds).
   */
  private void demoWithPhone(TerminalContext demo, MainWindow window) throws Exception {
    var vm = new WalletViewModel(demo.wallet(), demo.sandbox().ledger()::qrUsed, demo.messages(),
        Clock.systemUTC(), TaskExecutor.fx(background));
    Stage phone = Shots.fx(() -> new Stage());
    PhonePlacement place = Shots.fx(() -> {
      stage.setWidth(1024);
      stage.setHeight(720);
      PhonePlacement p = PhonePlacement.of(Screen.getPrimary().getVisualBounds(), 1024, 720, 480,
          700,
          CpmPosApp.MIN_WIDTH);
      stage.setX(p.ownerX());
      stage.setY(p.ownerY());
      phone.setScene(CpmPosApp.scene(new WalletView(vm, demo.messages()), p.phoneWidth(),
          p.phoneHeight()));
      phone.setX(p.phoneX());
      phone.setY(p.phoneY());
      phone.show();
      // Escape in the amount field: the last sale's result is put away, the checkout is ready.
      window.lookup("#amount").fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "",
          "", KeyCode.ESCAPE, false, false, false, false));
      vm.newQr();
      return p;
    });
    Shots.await(() -> vm.contentProperty().get() != null);
    int width = (int) (place.phoneX() + place.phoneWidth() - place.ownerX());
    int height = (int) Math.max(place.ownerHeight(), place.phoneHeight());
    int x = (int) place.ownerX();
    int y = (int) place.ownerY();
    shots.crop("demo-ready", width, height, x, y);
    shots.pay(window, "25.000", vm.contentProperty().get(),
        demo.messages().get("checkout.approved"));
    Shots.fx(() -> {
      vm.tick();
      return null;
    });
    shots.crop("demo-approved", width, height, x, y);
    Shots.fx(() -> {
      vm.scenarioProperty().set(Scenario.INSUFFICIENT_FUNDS);
      return null;
    });
    String made = demo.messages().get("wallet.made", Scenario.INSUFFICIENT_FUNDS.id());
    Shots.await(() -> made.equals(vm.feedbackProperty().get()));
    shots.pay(window, "48.500", vm.contentProperty().get(),
        demo.messages().get("checkout.declined"));
    shots.crop("demo-declined", width, height, x, y);
    Shots.fx(() -> {
      phone.hide();
      stage.setX(0);
      stage.setY(0);
      return null;
    });
  }

  private static String qr(TerminalContext t, Scenario s) throws Exception {
    return t.wallet().generate(s).content();
  }
}
