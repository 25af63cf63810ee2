package id.cpmpos.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.config.ConfigLoader;
import id.cpmpos.config.TerminalConfig;
import id.cpmpos.testing.ManualTicks;
import id.cpmpos.testing.MutableClock;
import id.cpmpos.testing.Terminals;
import id.cpmpos.testing.UiStage;
import id.cpmpos.testing.UiTerminal;
import id.cpmpos.ui.report.ReportView;
import id.cpmpos.ui.status.StatusViewModel;
import id.cpmpos.ui.supervisor.SupervisorSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotInterface;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The settings screen (F4) in the real window at 800x600, in Bahasa Indonesia: the first PIN,
 * unlocking and changing it, wrong PINs up to the lockout (shown in full), switching to English
 * without a restart, a refused printer spec, a save that applies live and survives a reload, and the
 * supervisor session's idle end (settings and the refund dialog) on a driven clock.
 */
@ExtendWith(UiStage.class)
class SettingsUiTest {
  static final long WAIT = 30;

  @TempDir static Path dir;
  @AutoClose UiTerminal ui;
  MainWindow window;
  final MutableClock clock = new MutableClock(Instant.now());
  final ManualTicks ticks = new ManualTicks();
  SupervisorSessions sessions;
  Stage stage;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    ui = UiTerminal.open(dir);
    sessions = new SupervisorSessions(clock, ui.terminal.config().counter().supervisorIdle(),
        ticks);
    window = new TerminalUi(ui.terminal, ui.background, ReportView.ASK, sessions).window();
    stage.setScene(new Scene(window, 800, 600));
    stage.setWidth(800); // the smallest window, where the screen scrolls
    stage.setHeight(600);
    stage.show();
  }

  /** Found, and shown: it and every parent visible. */
  static boolean shown(FxRobot robot, String id) {
    return robot.lookup(id).tryQuery().map(n -> {
      for (Node p = n; p != null; p = p.getParent()) {
        if (!p.isVisible()) {
          return false;
        }
      }
      if (n.getScene() == null) {
        return false;
      }
      return n.getLayoutBounds().getWidth() > 0; // laid out

    }).orElse(false);
  }

  static String text(FxRobot robot, String id) {
    return robot.lookup(id).tryQuery().map(n -> n instanceof TextInputControl t
        ? t.getText()
        : ((Labeled) n).getText()).orElse("");
  }

  void waitShown(FxRobot robot, String id) throws Exception {
    WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> shown(robot, id));
  }

  void waitText(FxRobot robot, String id, String expected) throws Exception {
    try {
      WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> expected.equals(text(robot, id)));
    } catch (TimeoutException e) {
      // What the screen said instead (a problem line explains an empty notice) is in the failure.
      assertEquals(expected, text(robot, id),
          id + " (problem: '" + text(robot, "#settings-problem") + "')");
    }
  }

  /**
   * Scrolls the settings screen (a scroll pane at 800x600) so that the node is in view, then clicks it
   * (measured after a layout pass, and clicked after the one that scrolls: UiStage).
   */
  FxRobotInterface click(FxRobot robot, String id) {
    UiStage.settle();
    robot.interact(() -> {
      Node n = robot.lookup(id).query();
      ScrollPane pane = robot.lookup("#settings-screen").queryAs(ScrollPane.class);
      Node content = pane.getContent();
      if (content.getScene() != null && isInside(n, content)) {
        double y = content.sceneToLocal(n.localToScene(n.getBoundsInLocal())).getMinY();
        double room = content.getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
        pane.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
      }
    });
    return robot.clickOn(id);
  }

  static boolean isInside(Node n, Node ancestor) {
    for (Node p = n; p != null; p = p.getParent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  void unlock(FxRobot robot) throws Exception {
    robot.type(KeyCode.F4);
    waitShown(robot, "#settings-pin");
    click(robot, "#settings-pin").write(Terminals.PIN).type(KeyCode.ENTER);
    waitShown(robot, "#settings-save");
  }

  /** The text a label really draws: "…" in it when the label was cut. */
  static String drawn(Labeled l) {
    StringBuilder s = new StringBuilder();
    l.lookupAll(".text").stream().filter(Text.class::isInstance)
        .forEach(n -> s.append(((Text) n).getText()));
    return s.toString();
  }

  @Test
  void theFirstPinIsSetTwiceThenItOpensTheSettingsAndIsChangedWithTheCurrentOne(FxRobot robot)
      throws Exception {
    robot.type(KeyCode.F4);
    waitShown(robot, "#settings-first-pin");
    assertFalse(shown(robot, "#settings-save"), "no settings before a PIN exists");
    click(robot, "#settings-first-pin").write("2468");
    click(robot, "#settings-first-repeat").write("2468");
    click(robot, "#settings-set-first");
    waitShown(robot, "#settings-pin");
    assertTrue(ui.terminal.supervisorPin().isSet());
    assertFalse(shown(robot, "#settings-first-pin"),
        "the first PIN is offered only while there is none");

    click(robot, "#settings-pin").write("2468");
    click(robot, "#settings-unlock");
    waitShown(robot, "#settings-current-pin");
    click(robot, "#settings-current-pin").write("2468");
    click(robot, "#settings-new-pin").write("97531");
    click(robot, "#settings-repeat-pin").write("97531");
    click(robot, "#settings-change-pin");
    waitText(robot, "#settings-notice", "PIN supervisor diubah.");

    robot.type(KeyCode.F1);
    robot.type(KeyCode.F4);
    waitShown(robot, "#settings-pin"); // leaving the screen locked it
    click(robot, "#settings-pin").write("2468").type(KeyCode.ENTER);
    waitText(robot, "#settings-problem", "PIN supervisor salah (1 dari 5 percobaan).");
    click(robot, "#settings-pin").write("97531").type(KeyCode.ENTER);
    waitShown(robot, "#settings-save");
  }

  @Test
  void wrongPinsAreCountedTheLastTryIsWarnedAndTheLockoutIsShownInFull(FxRobot robot)
      throws Exception {
    Terminals.setPin(ui.terminal);
    robot.type(KeyCode.F4);
    waitShown(robot, "#settings-pin");
    String[] expected = {"PIN supervisor salah (1 dari 5 percobaan).",
        "PIN supervisor salah (2 dari 5 percobaan).",
        "PIN supervisor salah (3 dari 5 percobaan).",
        "PIN supervisor salah (4 dari 5 percobaan). Tinggal satu kesempatan: satu PIN salah lagi mengunci PIN selama"
            + " 15 menit."};
    for (String message : expected) {
      click(robot, "#settings-pin").write("0000").type(KeyCode.ENTER);
      waitText(robot, "#settings-problem", message);
    }
    click(robot, "#settings-pin").write("0000").type(KeyCode.ENTER);
    Pattern locked = Pattern
        .compile("PIN supervisor salah 5 kali: PIN dikunci selama 15 menit, sampai pukul"
            + " (\\d\\d:\\d\\d) WIB\\. Coba lagi pukul \\1 WIB\\.");
    WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
        () -> locked.matcher(text(robot, "#settings-problem")).matches());

    click(robot, "#settings-pin").write(Terminals.PIN).type(KeyCode.ENTER);
    Pattern stillLocked = Pattern
        .compile("Terlalu banyak PIN salah: PIN supervisor dikunci sampai pukul (\\d\\d:\\d\\d)"
            + " WIB \\((\\d+) menit lagi\\)\\. Sampai saat itu PIN yang benar pun ditolak; coba lagi pukul \\1 WIB\\.");
    WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
        () -> stillLocked.matcher(text(robot, "#settings-problem")).matches());
    WaitForAsyncUtils.waitForFxEvents();
    Labeled problem = robot.lookup("#settings-problem").queryAs(Labeled.class);
    Matcher m = stillLocked.matcher(problem.getText());
    assertTrue(m.matches());
    assertTrue(Integer.parseInt(m.group(2)) >= 14 && Integer.parseInt(m.group(2)) <= 15,
        m.group(2));
    // In full at 800x600: nothing elided, as tall as its wrapped lines, inside the window.
    assertEquals(problem.getText().replace("\n", ""), drawn(problem).replace("\n", ""));
    assertFalse(drawn(problem).contains("…"));
    assertTrue(problem.getHeight() >= problem.prefHeight(problem.getWidth()) - 0.5,
        problem.getHeight() + " < " + problem.prefHeight(problem.getWidth()));
    assertTrue(problem.localToScene(problem.getBoundsInLocal()).getMaxX() <= 800.5,
        "not cut on the right");
    assertFalse(shown(robot, "#settings-save"), "the right PIN does not open a locked PIN");
  }

  @Test
  void theLanguageSwitchesEveryScreenLiveWithoutARestart(FxRobot robot) throws Exception {
    Terminals.setPin(ui.terminal);
    robot.type(KeyCode.F2);
    waitShown(robot, "#history-refresh");
    assertEquals("Muat ulang", text(robot, "#history-refresh"));
    String providerBefore = text(robot, "#status-provider");
    StatusViewModel statusBefore = window.status();
    String outboxBefore = statusBefore.outboxTextProperty().get();
    unlock(robot);
    assertEquals("Kasir (F1)", text(robot, "#nav-checkout"));

    robot
        .interact(() -> robot.lookup("#settings-language").queryAs(ChoiceBox.class).setValue("en"));
    click(robot, "#settings-save");

    waitText(robot, "#nav-checkout", "Checkout (F1)");
    waitText(robot, "#settings-notice", "Saved.");
    assertEquals("History (F2)", text(robot, "#nav-history"));
    assertEquals("Settings (F4)", text(robot, "#nav-settings"));
    waitShown(robot, "#settings-save"); // the supervisor's session goes on in the new language
    assertFalse(shown(robot, "#settings-pin"));
    assertTrue(text(robot, "#status-provider").startsWith("Provider: "),
        text(robot, "#status-provider"));
    assertFalse(providerBefore.startsWith("Provider: "), providerBefore);
    robot.type(KeyCode.F2);
    waitText(robot, "#history-refresh", "Reload");
    assertEquals("en", ui.terminal.config().language());
    assertEquals("en", ConfigLoader.load(ui.fixture.config).language(),
        "and the next start is in English too");

    // The worker's word goes to the screens shown now; the old ones are no longer told (nor kept).
    String ref = Terminals.paid(ui.terminal, ui.fixture, "25000");
    ui.fixture.sandbox.stopListening();
    assertTrue(
        ui.terminal.reversals().refund(ref, "4000", null, Terminals.PIN.toCharArray()).isPending());
    ui.terminal.outbox().syncNow(); // a pass that leaves the refund waiting
    waitText(robot, "#status-outbox", "Outbox: 1 pending · Rp 4.000 · oldest < 1 min");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(outboxBefore, statusBefore.outboxTextProperty().get());
  }

  @Test
  void aBadPrinterSpecIsRefusedAndTheFileIsUnchanged(FxRobot robot) throws Exception {
    Terminals.setPin(ui.terminal);
    byte[] before = Files.readAllBytes(ui.fixture.config);
    unlock(robot);
    click(robot, "#settings-printer").write("tcp:nowhere");
    click(robot, "#settings-save");
    waitText(robot, "#settings-problem",
        "Printer \u201ctcp:nowhere\u201d tidak valid (expected tcp:HOST:PORT). Tulis"
            + " serial:PORT, tcp:HOST:PORT (mis. tcp:192.168.1.50:9100) atau file:PATH. Tidak ada yang disimpan.");
    assertArrayEquals(before, Files.readAllBytes(ui.fixture.config));
    assertEquals(null, ui.terminal.config().counter().receiptPrinter());
  }

  @Test
  void aSaveAppliesAtOnceAndTheConfigurationReadsItBack(FxRobot robot) throws Exception {
    Terminals.setPin(ui.terminal);
    unlock(robot);
    Path receipts = dir.resolve("receipts-" + System.nanoTime() + ".bin");
    click(robot, "#settings-sound");
    robot.interact(() -> robot.lookup("#settings-idle").queryAs(TextField.class).setText("7"));
    click(robot, "#settings-printer").write("file:" + receipts);
    click(robot, "#settings-auto-print");
    click(robot, "#settings-save");
    waitText(robot, "#settings-notice", "Disimpan.");

    assertFalse(window.sounds().enabledProperty().get(), "muted at once");
    assertEquals(Duration.ofMinutes(7), sessions.limit());
    assertTrue(ui.terminal.config().counter().autoPrint());
    assertEquals("file:" + receipts, ui.terminal.config().counter().receiptPrinter());
    TerminalConfig reloaded = ConfigLoader.load(ui.fixture.config);
    assertFalse(reloaded.counter().sound());
    assertTrue(reloaded.counter().autoPrint());
    assertEquals(Duration.ofMinutes(7), reloaded.counter().supervisorIdle());
    assertEquals("file:" + receipts, reloaded.counter().receiptPrinter());

    click(robot, "#settings-test-print");
    waitText(robot, "#settings-notice", "Cetak uji dikirim ke file:" + receipts + ".");
    assertEquals(0x1b, Files.readAllBytes(receipts)[0]);
  }

  @Test
  void theTestScanFieldShowsWhatTheScannerTypedAndStartsNoSale(FxRobot robot) throws Exception {
    Terminals.setPin(ui.terminal);
    unlock(robot);
    click(robot, "#settings-test-scan");
    robot.write("hQVDUFYw x").type(KeyCode.TAB).type(KeyCode.ENTER);
    waitText(robot, "#settings-test-scan", "hQVDUFYw\u2423x[TAB][ENTER]");
    assertTrue(shown(robot, "#settings-save"), "still on the settings screen: no sale started");
  }

  @Test
  void anIdleSupervisorSessionEndsTheSettingsAndTheRefundDialog(FxRobot robot) throws Exception {
    Terminals.setPin(ui.terminal);
    String ref = Terminals.paid(ui.terminal, ui.fixture, "25000");
    unlock(robot);
    clock.advance(Duration.ofMinutes(2));
    robot.interact(ticks::fire);
    assertTrue(shown(robot, "#settings-save"), "two minutes idle: still open");
    clock.advance(Duration.ofMinutes(1));
    robot.interact(ticks::fire);
    waitShown(robot, "#settings-pin");
    waitText(robot, "#settings-notice",
        "Sesi supervisor berakhir setelah 3 menit tanpa aktivitas. Masukkan PIN untuk"
            + " membukanya lagi.");
    assertFalse(shown(robot, "#settings-save"));

    robot.type(KeyCode.F2);
    @SuppressWarnings("unchecked")
    TableView<Object> table = robot.lookup("#history-table").queryAs(TableView.class);
    WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
    robot.interact(() -> table.getSelectionModel().select(0));
    robot.clickOn("#refund");
    WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
        () -> robot.lookup("#refund-dialog").tryQuery().isPresent());
    clock.advance(Duration.ofMinutes(3));
    robot.interact(ticks::fire);
    WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
        () -> robot.lookup("#refund-dialog").tryQuery().isEmpty());
    assertTrue(ui.terminal.journal().reversals().refunds(ref).isEmpty(),
        "closing for idleness sends nothing");
  }
}
