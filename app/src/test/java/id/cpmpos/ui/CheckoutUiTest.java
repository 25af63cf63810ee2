package id.cpmpos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.journal.PaymentState;
import id.cpmpos.testing.UiStage;
import id.cpmpos.testing.UiTerminal;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The checkout screen, headless under Monocle, paying against the real sandbox on loopback. */
@ExtendWith(UiStage.class)
class CheckoutUiTest {
  @TempDir static Path dir;
  @AutoClose UiTerminal ui;

  @Start
  void start(Stage stage) throws Exception {
    ui = UiTerminal.open(dir); // a fresh sandbox and journal per test
    UiStage.show(stage, CpmPosApp.mainWindow(ui.terminal, ui.background));
  }

  @Test
  void typedAmountAndScannedQrAreApproved(FxRobot robot) throws Exception {
    String qr = ui.fixture.customerQr();
    robot.clickOn("#amount").write("25000").type(KeyCode.ENTER);
    robot.write(qr).type(KeyCode.ENTER); // a keyboard-wedge scanner: content, then Enter

    String approved = ui.terminal.messages().get("checkout.approved");
    Label headline = robot.lookup("#headline").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> approved.equals(headline.getText()));

    var row = ui.terminal.journal().payments().recent(1).get(0);
    assertEquals(PaymentState.APPROVED, row.state());
    assertEquals("25000.00", row.amount().toPlainString());
    Label detail = robot.lookup("#detail").queryAs(Label.class);
    assertTrue(detail.getText().contains(row.referenceNo()), detail.getText());
  }

  @Test
  void productBarcodeIsRefusedWithAReasonAndNothingIsJournaled(FxRobot robot) throws Exception {
    robot.clickOn("#amount").write("25000").type(KeyCode.ENTER);
    robot.write("8992761111111").type(KeyCode.ENTER);

    String invalid = ui.terminal.messages().get("checkout.invalid");
    Label headline = robot.lookup("#headline").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> invalid.equals(headline.getText()));
    Label detail = robot.lookup("#detail").queryAs(Label.class);
    assertEquals(ui.terminal.messages().get("qr.productBarcode"), detail.getText());
    assertEquals(0, ui.terminal.journal().payments().recent(10).size());
  }
}
