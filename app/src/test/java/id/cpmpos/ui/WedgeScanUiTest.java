package id.cpmpos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.journal.PaymentState;
import id.cpmpos.testing.OffsetClock;
import id.cpmpos.testing.SandboxFixture;
import id.cpmpos.testing.UiStage;
import id.cpmpos.testing.UiTerminal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A keyboard-wedge scanner typing the customer's QR into the real window under Monocle, its keys
 * replayed with jittered gaps as a loaded machine delivers them: mostly 4–20 ms, some over the
 * 50 ms threshold, stalls of 0.4 s, a late Enter. Whatever field has the focus (the empty amount
 * field, the amount field after the cashier's digits, the scan field, the history screen), the
 * scan is taken out of the field, handled, never shown in an error, and pays against the sandbox.
 */
@ExtendWith(UiStage.class)
class WedgeScanUiTest {
  @TempDir static Path dir;
  @AutoClose UiTerminal ui;
  final OffsetClock clock = new OffsetClock();
  final Random jitter = new Random(20261202);
  final List<String> shown = new CopyOnWriteArrayList<>();
  Scene scene;

  @Start
  void start(Stage stage) throws Exception {
    ui = UiTerminal.open(new SandboxFixture(Files.createTempDirectory(dir, "wedge")), clock,
        "ui.language", "en",
        "scanner.webcam", "off");
    UiStage.show(stage, CpmPosApp.mainWindow(ui.terminal, ui.background));
    scene = stage.getScene();
  }

  /** Every text the result panel shows, so that a QR shown for an instant is caught too. */
  private void recordResult(FxRobot robot) {
    robot.interact(() -> {
      for (String id : List.of("#headline", "#detail")) {
        Label l = (Label) scene.lookup(id);
        l.textProperty().addListener((obs, old, now) -> shown.add(now));
      }
    });
  }

  private void key(KeyEvent e, long gapMillis) {
    clock.advance(Duration.ofMillis(gapMillis));
    Node target = scene.getFocusOwner() == null ? scene.getRoot() : scene.getFocusOwner();
    Event.fireEvent(target, e);
  }

  private void typeChar(char c, long gapMillis) {
    key(new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED, false, false,
        false, false),
        gapMillis);
  }

  private void enter(long gapMillis) {
    key(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false),
        gapMillis);
    key(new KeyEvent(KeyEvent.KEY_RELEASED, "", "", KeyCode.ENTER, false, false, false, false), 1);
  }

  /** A person: one key every 150–250 ms, then Enter. */
  private void cashierTypes(FxRobot robot, String text, boolean thenEnter) {
    robot.interact(() -> {
      for (char c : text.toCharArray()) {
        typeChar(c, 150 + jitter.nextInt(100));
      }
      if (thenEnter) {
        enter(200);
      }
    });
  }

  /** The scanner's keys: 4–20 ms apart, one in six 60–150 ms (over the threshold), two 0.4 s stalls. */
  private void scannerTypes(FxRobot robot, String qr, long enterGapMillis) {
    robot.interact(() -> {
      for (int i = 0; i < qr.length(); i++) {
        long gap = i == 0
            ? 600
            : i == qr.length() / 3 || i == 2 * qr.length() / 3
                ? 400
                : jitter.nextInt(6) == 0 ? 60 + jitter.nextInt(90) : 4 + jitter.nextInt(17);
        typeChar(qr.charAt(i), gap);
      }
    });
    robot.interact(() -> enter(enterGapMillis)); // a separate pulse of the event queue: the Enter may come late
  }

  private TextField field(String id) {
    return (TextField) scene.lookup(id);
  }

  private String headline() {
    return ((Label) scene.lookup("#headline")).getText();
  }

  private void assertApproved(String amount) throws Exception {
    String approved = ui.terminal.messages().get("checkout.approved");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> approved.equals(headline()));
    var row = ui.terminal.journal().payments().recent(1).get(0);
    assertEquals(PaymentState.APPROVED, row.state());
    assertEquals(amount, row.amount().toPlainString());
  }

  private void assertNoQrEverShownNorAnyError(String qr) {
    String invalid = ui.terminal.messages().get("checkout.invalid");
    for (String text : shown) {
      assertFalse(text.contains("hQVDUFYwM") || text.contains(qr.substring(20, 40)),
          "a QR on screen: " + text);
      assertFalse(text.equals(invalid), "an input error was shown: " + shown);
    }
  }

  @Test
  void aScanIntoTheEmptyAmountFieldIsTakenOutOfItAndWaitsForTheAmount(FxRobot robot)
      throws Exception {
    recordResult(robot);
    String qr = ui.fixture.customerQr();
    robot.interact(() -> field("#amount").requestFocus());

    scannerTypes(robot, qr, 9);

    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("", field("#amount").getText(), "nothing of the QR left in the amount field");
    assertEquals(qr, field("#scan").getText());
    assertEquals(ui.terminal.messages().get("checkout.scanned.enterAmount"), headline());
    assertTrue(field("#amount").isFocused());

    cashierTypes(robot, "18000", true);
    assertApproved("18000.00");
    assertNoQrEverShownNorAnyError(qr);
  }

  @Test
  void aScanAfterTheCashiersDigitsPaysThatAmount(FxRobot robot) throws Exception {
    recordResult(robot);
    String qr = ui.fixture.customerQr();
    robot.interact(() -> field("#amount").requestFocus());
    cashierTypes(robot, "25000", false);

    scannerTypes(robot, qr, 12);

    assertApproved("25000.00");
    assertNoQrEverShownNorAnyError(qr);
  }

  @Test
  void aLateEnterNeverTurnsTheQrIntoAnAmountError(FxRobot robot) throws Exception {
    recordResult(robot);
    String qr = ui.fixture.customerQr();
    robot.interact(() -> field("#amount").requestFocus());

    scannerTypes(robot, qr, 900); // the Enter 0.9 s after the last character

    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("", field("#amount").getText());
    assertEquals(ui.terminal.messages().get("checkout.scanned.enterAmount"), headline());
    cashierTypes(robot, "7500", true);
    assertApproved("7500.00");
    assertNoQrEverShownNorAnyError(qr);
  }

  @Test
  void aScanIntoTheScanFieldPaysTheAmountTyped(FxRobot robot) throws Exception {
    recordResult(robot);
    String qr = ui.fixture.customerQr();
    robot.interact(() -> field("#amount").requestFocus());
    cashierTypes(robot, "12500", true); // Enter in the amount field moves to the scan field
    assertTrue(field("#scan").isFocused());

    scannerTypes(robot, qr, 30);

    assertApproved("12500.00");
    assertNoQrEverShownNorAnyError(qr);
  }

  @Test
  void aScanWhileTheHistoryIsShownBringsTheCheckoutBackWithTheQrWaiting(FxRobot robot)
      throws Exception {
    recordResult(robot);
    String qr = ui.fixture.customerQr();
    robot.type(KeyCode.F2);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> scene.lookup("#history-table") != null
        && scene.lookup("#history-table").isVisible());
    robot.interact(() -> scene.lookup("#history-table").requestFocus());

    scannerTypes(robot, qr, 15);

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> field("#amount") != null && field("#amount").isFocused());
    assertEquals(qr, field("#scan").getText());
    cashierTypes(robot, "9000", true);
    assertApproved("9000.00");
    assertNoQrEverShownNorAnyError(qr);
  }
}
