package id.cpmpos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.testing.UiStage;
import id.cpmpos.testing.UiTerminal;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The amount as an Indonesian cashier enters it, on the real window under Monocle: thousands
 * grouped while typing, the comma before cents, the on-screen keypad, the limit per sale, and the
 * result in rupiah without ",00".
 */
@ExtendWith(UiStage.class)
class AmountEntryUiTest {
  @TempDir static Path dir;
  @AutoClose UiTerminal ui;

  @Start
  void start(Stage stage) throws Exception {
    ui = UiTerminal.open(dir, "ui.language", "en", "scanner.webcam", "off", "sale.maxAmount",
        "5000000");
    UiStage.show(stage, CpmPosApp.mainWindow(ui.terminal, ui.background));
  }

  private TextField amount(FxRobot robot) {
    return robot.lookup("#amount").queryAs(TextField.class);
  }

  private void scanAndWaitFor(FxRobot robot, String headlineKey) throws Exception {
    robot.interact(
        () -> robot.lookup("#scan").queryAs(TextField.class).setText(ui.fixture.customerQr()));
    robot.clickOn("#pay");
    String expected = ui.terminal.messages().get(headlineKey);
    Label headline = robot.lookup("#headline").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> expected.equals(headline.getText()));
  }

  @Test
  void thousandsAreGroupedAsTheCashierTypesAndTheSaleIsShownInRupiah(FxRobot robot)
      throws Exception {
    robot.clickOn("#amount").write("1250");
    assertEquals("1.250", amount(robot).getText());
    robot.write("00");
    assertEquals("125.000", amount(robot).getText());
    robot.type(KeyCode.BACK_SPACE);
    assertEquals("12.500", amount(robot).getText());

    scanAndWaitFor(robot, "checkout.approved");

    assertEquals("12500.00",
        ui.terminal.journal().payments().recent(1).get(0).amount().toPlainString());
    String detail = robot.lookup("#detail").queryAs(Label.class).getText();
    assertTrue(detail.startsWith("Rp 12.500 · Reference "), detail);
  }

  @Test
  void centsComeAfterAComma(FxRobot robot) throws Exception {
    robot.clickOn("#amount").write("25000,5");
    assertEquals("25.000,5", amount(robot).getText());

    scanAndWaitFor(robot, "checkout.approved");

    assertEquals("25000.50",
        ui.terminal.journal().payments().recent(1).get(0).amount().toPlainString());
    assertTrue(
        robot.lookup("#detail").queryAs(Label.class).getText().startsWith("Rp 25.000,50 · "));
  }

  @Test
  void theKeypadTypesIntoTheAmountWithoutTakingTheFocusAndOkMovesOnToTheScan(FxRobot robot)
      throws Exception {
    robot.clickOn("#amount");
    for (String key : new String[]{"#key-2", "#key-7", "#key-000", "#key-5", "#key-back",
        "#key-comma", "#key-5"}) {
      robot.clickOn(key);
    }
    assertEquals("27.000,5", amount(robot).getText());
    assertTrue(amount(robot).isFocused(), "the amount field keeps the focus");
    Button ok = robot.lookup("#key-ok").queryAs(Button.class);
    assertTrue(ok.getHeight() >= 60 && ok.getWidth() >= 60,
        "a fingertip's target: " + ok.getWidth() + "x" + ok.getHeight());

    robot.clickOn("#key-ok");
    assertTrue(robot.lookup("#scan").queryAs(TextField.class).isFocused());

    robot.clickOn("#amount");
    robot.clickOn("#key-clear");
    assertEquals("", amount(robot).getText());
  }

  @Test
  void aSaleOverTheLimitIsRefusedWithTheLimitAndNothingIsWritten(FxRobot robot) throws Exception {
    robot.clickOn("#amount").write("7500000");
    assertEquals("7.500.000", amount(robot).getText());

    scanAndWaitFor(robot, "checkout.invalid");

    assertEquals(
        "The amount Rp 7.500.000 is over the limit per sale (Rp 5.000.000). Split the payment, or ask a"
            + " supervisor to raise sale.maxAmount.",
        robot.lookup("#detail").queryAs(Label.class).getText());
    assertEquals(0, ui.terminal.journal().payments().recent(10).size());
  }

  @Test
  void theCashiersOwnDotsAreLeftAsTypedNeverRegroupedIntoAnotherAmount(FxRobot robot)
      throws Exception {
    robot.clickOn("#amount").write("25000.50");
    assertEquals("25.000.50", amount(robot).getText(), "not 2.500.050");

    scanAndWaitFor(robot, "checkout.invalid");
    assertEquals(0, ui.terminal.journal().payments().recent(10).size());
  }
}
