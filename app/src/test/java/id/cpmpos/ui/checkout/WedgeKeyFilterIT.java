package id.cpmpos.ui.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.cpmpos.scanner.ScanEvent;
import id.cpmpos.scanner.ScanListener;
import id.cpmpos.scanner.ScannerDescription;
import id.cpmpos.scanner.wedge.KeyboardWedgeScanner;
import id.cpmpos.scanner.wedge.WedgeSettings;
import id.cpmpos.testing.UiStage;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The wedge filter on real text fields under Monocle, with key times set by the test: a person's
 * keys reach their field untouched, a scanner's burst is taken back out of whichever field it
 * landed in and reported as one scan.
 */
@ExtendWith(UiStage.class)
class WedgeKeyFilterIT {
  private static final String QR = "hQVDUFYwMWEXAMPLEQRCONTENT0123456789";
  TextField amount; // made in start(): a control needs the toolkit, which TestFX starts first
  TextField scan;
  final AtomicLong now = new AtomicLong(1_000_000_000L);
  final AtomicInteger amountActions = new AtomicInteger();
  final List<ScanEvent> scans = new CopyOnWriteArrayList<>();

  @Start
  void start(Stage stage) {
    amount = new TextField();
    scan = new TextField();
    KeyboardWedgeScanner wedge = new KeyboardWedgeScanner(
        ScannerDescription.local("keyboard-wedge", "1", "usb"),
        WedgeSettings.DEFAULTS, Clock.systemUTC());
    wedge.start(new ScanListener() {
      @Override
      public void onScan(ScanEvent event) {
        scans.add(event);
      }
    });
    amount.setOnAction(e -> amountActions.incrementAndGet());
    VBox root = new VBox(amount, scan);
    root.addEventFilter(KeyEvent.ANY, new WedgeKeyFilter(wedge, now::get, scan));
    stage.setScene(new Scene(root, 400, 200));
    stage.show();
  }

  private void type(FxRobot robot, TextField field, String text, long gapMillis) {
    robot.interact(() -> {
      for (char c : text.toCharArray()) {
        now.addAndGet(gapMillis * 1_000_000);
        Event.fireEvent(field,
            new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED, false,
                false, false, false));
      }
    });
  }

  private void enter(FxRobot robot, TextField field, long gapMillis) {
    robot.interact(() -> {
      now.addAndGet(gapMillis * 1_000_000);
      Event.fireEvent(field,
          new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
    });
  }

  @Test
  void aScanTypedIntoTheAmountFieldIsTakenBackAndReported(FxRobot robot) {
    type(robot, amount, "25000", 180);
    type(robot, amount, QR.substring(0, 1), 400); // the customer's phone comes under the scanner
    type(robot, amount, QR.substring(1), 8);
    enter(robot, amount, 8);

    assertEquals("25000", amount.getText(), "the cashier's amount is theirs, untouched");
    assertEquals(0, amountActions.get(), "the scanner's Enter was swallowed, not acted on");
    assertEquals(1, scans.size());
    assertEquals(QR, scans.get(0).content());
  }

  @Test
  void aPersonsTypingAndEnterAreLeftAlone(FxRobot robot) {
    type(robot, amount, "1250000", 140);
    enter(robot, amount, 160);

    assertEquals("1250000", amount.getText());
    assertEquals(1, amountActions.get(), "Enter reached the field");
    assertEquals(List.of(), scans);
  }

  @Test
  void inTheScanFieldAScannerThatPausedMidCodeStillGivesTheWholeCode(FxRobot robot) {
    type(robot, scan, QR.substring(0, 12), 8);
    type(robot, scan, QR.substring(12, 13), 120); // a USB hiccup longer than the gap threshold
    type(robot, scan, QR.substring(13), 8);
    enter(robot, scan, 8);

    assertEquals(1, scans.size());
    assertEquals(QR, scans.get(0).content());
    assertEquals("", scan.getText());
  }
}
