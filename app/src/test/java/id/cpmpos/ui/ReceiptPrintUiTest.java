package id.cpmpos.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.journal.PaymentState;
import id.cpmpos.testing.SandboxFixture;
import id.cpmpos.testing.Terminals;
import id.cpmpos.testing.UiStage;
import id.cpmpos.testing.UiTerminal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
 * Receipts on paper from the GUI, headless under Monocle against the real sandbox: printed by itself
 * after an approval ({@code receipt.autoPrint=on}) on a {@code file:} printer, a printer that cannot
 * be written said under an approval that stays approved, and reprints from history.
 */
@ExtendWith(UiStage.class)
class ReceiptPrintUiTest {
  static final byte[] INIT = {0x1B, 0x40};
  static final byte[] FULL_CUT = {0x1D, 0x56, 0x30};

  @TempDir static Path dir;
  Path shelf;
  Path paper;
  @AutoClose UiTerminal ui;

  @Start
  void start(Stage stage) throws Exception {
    Path here = Files.createTempDirectory(dir, "print");
    shelf = here.resolve("printer"); // not there yet: the first print fails
    paper = shelf.resolve("receipts.bin");
    ui = UiTerminal.open(new SandboxFixture(here.resolve("sbx")), Clock.systemUTC(), "ui.language",
        "en",
        "receipt.printer", "file:" + paper, "receipt.autoPrint", "on");
    UiStage.show(stage, CpmPosApp.mainWindow(ui.terminal, ui.background));
  }

  void pay(FxRobot robot, String amount) throws Exception {
    robot.clickOn("#amount").write(amount).type(KeyCode.ENTER);
    TextField scan = robot.lookup("#scan").queryAs(TextField.class);
    String qr = ui.fixture.customerQr();
    robot.interact(() -> scan.setText(qr)); // pasted, as the cashier may
    robot.clickOn("#scan").type(KeyCode.ENTER);
    Label headline = robot.lookup("#headline").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
        () -> "PAYMENT APPROVED".equals(headline.getText()));
  }

  static void assertEscPos(byte[] bytes) {
    assertArrayEquals(INIT, Arrays.copyOfRange(bytes, 0, 2), "starts with ESC @");
    assertArrayEquals(FULL_CUT, Arrays.copyOfRange(bytes, bytes.length - 3, bytes.length),
        "ends with a full cut");
  }

  @Test
  void anApprovalPrintsItsReceiptAndAFailedPrintIsSaidWithAReprintThatWorks(FxRobot robot)
      throws Exception {
    Files.createDirectories(shelf);
    pay(robot, "25000");
    Label status = robot.lookup("#receipt-status").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
        () -> status.getText().startsWith("Receipt printed"));
    String ref = ui.terminal.journal().payments().recent(1).get(0).partnerReferenceNo();
    byte[] bytes = Files.readAllBytes(paper);
    assertEscPos(bytes);
    assertTrue(new String(bytes, StandardCharsets.ISO_8859_1).contains(ref));

    // The printer goes away: the next approval stays approved and says the receipt was not printed.
    Files.delete(paper);
    Files.delete(shelf);
    pay(robot, "12500");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
        () -> status.getText().startsWith("Receipt not printed: "));
    assertEquals("PAYMENT APPROVED", robot.lookup("#headline").queryAs(Label.class).getText());
    assertEquals(PaymentState.APPROVED, ui.terminal.journal().payments().recent(1).get(0).state());
    Button reprint = robot.lookup("#receipt-print").queryAs(Button.class);
    assertTrue(reprint.isVisible());
    assertEquals("Reprint receipt", reprint.getText());

    Files.createDirectories(shelf); // back
    robot.clickOn("#receipt-print");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
        () -> status.getText().startsWith("Receipt printed"));
    String second = ui.terminal.journal().payments().recent(1).get(0).partnerReferenceNo();
    assertTrue(new String(Files.readAllBytes(paper), StandardCharsets.ISO_8859_1).contains(second));
    assertEscPos(Files.readAllBytes(paper));
  }

  @Test
  void historyReprintsARefundsReceiptOnTheConfiguredPrinter(FxRobot robot) throws Exception {
    String ref = Terminals.paid(ui.terminal, ui.fixture, "40000");
    Terminals.setPin(ui.terminal);
    String refundNo = ui.terminal.reversals()
        .refund(ref, "15000.00", "returned", Terminals.PIN.toCharArray()).key();
    Files.createDirectories(shelf);

    robot.type(KeyCode.F2);
    @SuppressWarnings("unchecked")
    TableView<Object> table = robot.lookup("#history-table").queryAs(TableView.class);
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
    robot.interact(() -> table.getSelectionModel().select(0));
    @SuppressWarnings("unchecked")
    ChoiceBox<Object> which = robot.lookup("#receipt-choice").queryAs(ChoiceBox.class);
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> which.getItems().size() == 2);
    robot.interact(() -> which.getSelectionModel().select(1));
    assertEquals("Refund receipt Rp 15.000 (" + refundNo + ")", which.getValue().toString());
    robot.clickOn("#print-receipt");

    Label notice = robot.lookup("#history-notice").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
        () -> notice.getText().startsWith("Receipt printed"));
    byte[] bytes = Files.readAllBytes(paper);
    assertEscPos(bytes);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    assertTrue(text.contains("QRIS REFUND") && text.contains(refundNo) && text.contains(ref), text);
  }
}
