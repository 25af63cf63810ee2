package id.cpmpos.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.testing.SandboxFixture;
import id.cpmpos.testing.Terminals;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Receipts on paper from the GUI, headless under Monocle against the real sandbox: printed by itself
 * after an approval ({@code receipt.autoPrint=on}) on a {@code file:} printer, a printer that cannot
 * be written said under an approval that stays approved, and reprints from history.
 */
@ExtendWith(ApplicationExtension.class)
class ReceiptPrintUiTest {
  static final byte[] INIT = {0x1B, 0x40};
  static final byte[] FULL_CUT = {0x1D, 0x56, 0x30};

  @TempDir static Path dir;
  Path shelf;
  Path paper;
  SandboxFixture fixture;
  TerminalContext terminal;
  ExecutorService background = Executors.newSingleThreadExecutor();

  @Start
  void start(Stage stage) throws Exception {
    Path here = Files.createTempDirectory(dir, "print");
    fixture = new SandboxFixture(here.resolve("sbx"));
    shelf = here.resolve("printer"); // not there yet: the first print fails
    paper = shelf.resolve("receipts.bin");
    fixture.override("ui.language", "en");
    fixture.override("receipt.printer", "file:" + paper);
    fixture.override("receipt.autoPrint", "on");
    terminal = TerminalContext.open(fixture.config, Clock.systemUTC());
    stage.setScene(new Scene(CpmPosApp.mainWindow(terminal, background), 1024, 720));
    stage.show();
    stage.requestFocus(); // Monocle on JavaFX 20+ does not focus a shown stage by itself
  }

  @AfterEach
  void stop() {
    background.shutdownNow();
    terminal.close();
    fixture.close();
  }

  void pay(FxRobot robot, String amount) throws Exception {
    robot.clickOn("#amount").write(amount).type(KeyCode.ENTER);
    TextField scan = robot.lookup("#scan").queryAs(TextField.class);
    String qr = fixture.customerQr();
    robot.interact(() -> scan.setText(qr)); // pasted, as the cashier may
    robot.clickOn("#scan").type(KeyCode.ENTER);
    Label headline = robot.lookup("#headline").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "PAYMENT APPROVED".equals(headline.getText()));
  }

  static void assertEscPos(byte[] bytes) {
    assertArrayEquals(INIT, Arrays.copyOfRange(bytes, 0, 2), "starts with ESC @");
    assertArrayEquals(FULL_CUT, Arrays.copyOfRange(bytes, bytes.length - 3, bytes.length), "ends with a full cut");
  }

  @Test
  void anApprovalPrintsItsReceiptAndAFailedPrintIsSaidWithAReprintThatWorks(FxRobot robot) throws Exception {
    Files.createDirectories(shelf);
    pay(robot, "25000");
    Label status = robot.lookup("#receipt-status").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText().startsWith("Receipt printed"));
    String ref = terminal.journal().payments().recent(1).get(0).partnerReferenceNo();
    byte[] bytes = Files.readAllBytes(paper);
    assertEscPos(bytes);
    assertTrue(new String(bytes, StandardCharsets.ISO_8859_1).contains(ref));

    // The printer goes away: the next approval stays approved and says the receipt was not printed.
    Files.delete(paper);
    Files.delete(shelf);
    pay(robot, "12500");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText().startsWith("Receipt not printed: "));
    assertEquals("PAYMENT APPROVED", robot.lookup("#headline").queryAs(Label.class).getText());
    assertEquals(PaymentState.APPROVED, terminal.journal().payments().recent(1).get(0).state());
    Button reprint = robot.lookup("#receipt-print").queryAs(Button.class);
    assertTrue(reprint.isVisible());
    assertEquals("Reprint receipt", reprint.getText());

    Files.createDirectories(shelf); // back
    robot.clickOn("#receipt-print");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText().startsWith("Receipt printed"));
    String second = terminal.journal().payments().recent(1).get(0).partnerReferenceNo();
    assertTrue(new String(Files.readAllBytes(paper), StandardCharsets.ISO_8859_1).contains(second));
    assertEscPos(Files.readAllBytes(paper));
  }

  @Test
  void historyReprintsARefundsReceiptOnTheConfiguredPrinter(FxRobot robot) throws Exception {
    String ref = Terminals.paid(terminal, fixture, "40000");
    Terminals.setPin(terminal);
    String refundNo = terminal.reversals().refund(ref, "15000.00", "returned", Terminals.PIN.toCharArray()).key();
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
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> notice.getText().startsWith("Receipt printed"));
    byte[] bytes = Files.readAllBytes(paper);
    assertEscPos(bytes);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    assertTrue(text.contains("QRIS REFUND") && text.contains(refundNo) && text.contains(ref), text);
  }
}
