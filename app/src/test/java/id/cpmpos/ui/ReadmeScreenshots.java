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
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Takes the README's screenshots: the real windows on a real (X) display, no Monocle. Not a test:
 * run it under Xvfb, e.g. {@code Xvfb :43 -screen 0 1920x1080x24 &} then
 * {@code DISPLAY=:43 java -cp target/classes:target/test-classes:DEPS id.cpmpos.ui.ReadmeScreenshots$Main OUT_DIR}.
 * Each picture is the X root window cropped to the window ({@code import}), as a person would take it.
 * Bahasa Indonesia in demo mode; English against a sandbox with {@code ui.language=en}.
 */
public final class ReadmeScreenshots extends Application {
  private static Path out;
  private final ExecutorService background = Executors.newFixedThreadPool(2);
  private Stage stage;

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
    TerminalContext demo = TerminalContext.demo(Clock.systemUTC(),
        work.resolve("demo").resolve("journal.db"));
    Terminals.setPin(demo);
    // Earlier sales for the history and the report: one refunded in part, one declined.
    String refunded = demo.payments().pay("1250000", qr(demo, Scenario.APPROVE), null).record()
        .partnerReferenceNo();
    demo.reversals().refund(refunded, "250000.50", "barang dikembalikan",
        Terminals.PIN.toCharArray());
    demo.payments().pay("48500", qr(demo, Scenario.INSUFFICIENT_FUNDS), null);
    MainWindow window = fx(() -> CpmPosApp.mainWindow(demo, background));
    fx(() -> {
      stage.setScene(CpmPosApp.scene(window, 800, 600));
      stage.setX(0);
      stage.setY(0);
      stage.show();
      return null;
    });
    pay(window, "25.000", qr(demo, Scenario.APPROVE), demo.messages().get("checkout.approved"));
    shoot("checkout-id-800x600", 800, 600);
    shoot("checkout-id-1920x1080", 1920, 1080);

    demoWithPhone(demo, window);

    press(window, KeyCode.F2);
    TableView<?> table = (TableView<?>) window.lookup("#history-table");
    fx(() -> {
      ((TextField) window.lookup("#search-ref")).setText(refunded.substring(refunded.length() - 8));
      return null;
    });
    await(() -> table.getItems().size() == 1);
    fx(() -> {
      table.getSelectionModel().select(0);
      return null;
    });
    shoot("history-search", 1280, 800);

    // English, against a sandbox (no demo header).
    SandboxFixture fixture = new SandboxFixture(work.resolve("en"));
    fixture.override("ui.language", "en");
    TerminalContext en = TerminalContext.open(fixture.config, Clock.systemUTC());
    MainWindow english = fx(() -> CpmPosApp.mainWindow(en, background));
    fx(() -> {
      stage.setScene(CpmPosApp.scene(english, 800, 600));
      return null;
    });
    pay(english, "25.000", fixture.customerQr(), en.messages().get("checkout.approved"));
    shoot("checkout-en-800x600", 800, 600);
    shoot("checkout-en-1920x1080", 1920, 1080);

    // The store's day, in English (demo sales are training and never counted): a shift with sales,
    // a refund and a decline, the day's report, the shift closed, a receipt as PDF.
    Terminals.setPin(en);
    en.shifts().open("Sari", null);
    String sale = Terminals.paid(en, fixture, "125000");
    Terminals.paid(en, fixture, "48500.50");
    en.reversals().refund(sale, "25000.00", "one item back", Terminals.PIN.toCharArray());
    en.payments().pay("7000", fixture.customerQr(Scenario.INSUFFICIENT_FUNDS), null);
    press(english, KeyCode.F3);
    shoot("report", 1280, 800);
    fx(() -> {
      ((ButtonBase) english.lookup("#shift-close")).fire();
      return null;
    });
    await(() -> !((Label) english.lookup("#shift-summary")).getText().isEmpty());
    shoot("shift-summary", 1280, 800);
    Path pdf = work.resolve("receipt.pdf");
    try (OutputStream o = Files.newOutputStream(pdf)) {
      ReceiptPdf.write(ReceiptText.lines(en.receipts().receipt(sale, null), en.messages()::get),
          sale, o);
    }
    run("pdftoppm", "-png", "-r", "110", "-singlefile", pdf.toString(),
        out.resolve("receipt-pdf").toString());
  }

  /**
   * The demo's first screen as it opens on a full-HD screen: the checkout and the customer's phone
   * placed beside it, ready, then approved, then declined (scenario insufficient-funds).
   */
  private void demoWithPhone(TerminalContext demo, MainWindow window) throws Exception {
    var vm = new WalletViewModel(demo.wallet(), demo.sandbox().ledger()::qrUsed, demo.messages(),
        Clock.systemUTC(), TaskExecutor.fx(background));
    Stage phone = fx(() -> new Stage());
    PhonePlacement place = fx(() -> {
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
    await(() -> vm.contentProperty().get() != null);
    int width = (int) (place.phoneX() + place.phoneWidth() - place.ownerX());
    int height = (int) Math.max(place.ownerHeight(), place.phoneHeight());
    String crop = width + "x" + height + "+" + (int) place.ownerX() + "+" + (int) place.ownerY();
    Thread.sleep(1500);
    run("import", "-window", "root", "-crop", crop, out.resolve("demo-ready.png").toString());
    pay(window, "25.000", vm.contentProperty().get(), demo.messages().get("checkout.approved"));
    fx(() -> {
      vm.tick();
      return null;
    });
    Thread.sleep(1500);
    run("import", "-window", "root", "-crop", crop, out.resolve("demo-approved.png").toString());
    fx(() -> {
      vm.scenarioProperty().set(Scenario.INSUFFICIENT_FUNDS);
      return null;
    });
    String made = demo.messages().get("wallet.made", Scenario.INSUFFICIENT_FUNDS.id());
    await(() -> made.equals(vm.feedbackProperty().get()));
    pay(window, "48.500", vm.contentProperty().get(), demo.messages().get("checkout.declined"));
    Thread.sleep(1500);
    run("import", "-window", "root", "-crop", crop, out.resolve("demo-declined.png").toString());
    fx(() -> {
      phone.hide();
      stage.setX(0);
      stage.setY(0);
      return null;
    });
  }

  private static String qr(TerminalContext t, Scenario s) throws Exception {
    return t.wallet().generate(s).content();
  }

  private void pay(MainWindow window, String amount, String code, String approved)
      throws Exception {
    fx(() -> {
      ((TextField) window.lookup("#amount")).setText(amount);
      TextField scan = (TextField) window.lookup("#scan");
      scan.setText(code);
      scan.fireEvent(new ActionEvent());
      return null;
    });
    Label headline = (Label) window.lookup("#headline");
    await(() -> approved.equals(headline.getText()));
  }

  private void press(MainWindow window, KeyCode key) throws Exception {
    fx(() -> {
      window.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key,
          false, false, false, false));
      return null;
    });
  }

  private void shoot(String name, int width, int height) throws Exception {
    fx(() -> {
      stage.setWidth(width);
      stage.setHeight(height);
      return null;
    });
    Thread.sleep(1500); // a screenshot tool, not a test: let the X server and the pulse settle
    run("import", "-window", "root", "-crop", width + "x" + height + "+0+0",
        out.resolve(name + ".png").toString());
  }

  private static void run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed");
    }
  }

  private static void await(Callable<Boolean> done) throws Exception {
    for (int i = 0; i < 600; i++) {
      if (fx(done)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("timed out");
  }

  private static <T> T fx(Callable<T> work) throws Exception {
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(() -> {
      try {
        result.complete(work.call());
      } catch (Throwable e) {
        result.completeExceptionally(e);
      }
    });
    return result.get();
  }
}
