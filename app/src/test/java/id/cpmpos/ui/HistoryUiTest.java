package id.cpmpos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.journal.ActionState;
import id.cpmpos.testing.Terminals;
import id.cpmpos.testing.UiStage;
import id.cpmpos.testing.UiTerminal;
import id.cpmpos.ui.history.HistoryViewModel.Row;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The history screen and the supervisor's refund, headless under Monocle, against the real sandbox. */
@ExtendWith(UiStage.class)
class HistoryUiTest {
  @TempDir static Path dir;
  @AutoClose UiTerminal ui;
  MainWindow window;
  String ref;

  @Start
  void start(Stage stage) throws Exception {
    ui = UiTerminal.open(dir, "ui.language", "en");
    ref = Terminals.paid(ui.terminal, ui.fixture, "25000");
    Terminals.setPin(ui.terminal);
    window = CpmPosApp.mainWindow(ui.terminal, ui.background);
    UiStage.show(stage, window);
  }

  @SuppressWarnings("unchecked")
  TableView<Object> table(FxRobot robot) {
    return robot.lookup("#history-table").queryAs(TableView.class);
  }

  void openHistoryAndSelectThePayment(FxRobot robot) throws Exception {
    robot.type(KeyCode.F2);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 1);
    // Selected as a click on its row would, without depending on when a loaded machine lays the row
    // out (a click looked up by the cell's text once found no row under load).
    robot.interact(() -> table(robot).getSelectionModel().select(0));
    @SuppressWarnings("unchecked")
    ListView<String> calls = robot.lookup("#history-calls").queryAs(ListView.class);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> calls.getItems().size() == 1
        && calls.getItems().get(0).contains("payment"));
  }

  @Test
  void searchNarrowsTheTableWhileTheCashierTypesAndSaysWhenNothingMatches(FxRobot robot)
      throws Exception {
    String other = Terminals.paid(ui.terminal, ui.fixture, "12500");
    robot.type(KeyCode.F2);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 2);

    robot.clickOn("#search-amount").write("12.500");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 1);
    assertEquals(other, ((Row) table(robot).getItems().get(0))
        .partnerReferenceNo());

    robot.clickOn("#search-clear");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 2);
    String fragment = ref.substring(ref.length() - 9); // a part of the first payment's own reference
    robot.clickOn("#search-ref").write(fragment);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 1
        && ((Row) table(robot).getItems().get(0)).partnerReferenceNo()
            .equals(ref));

    robot.clickOn("#search-amount").write("99.000");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table(robot).getItems().isEmpty());
    // The table's placeholder is put in place a pulse after the rows went.
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#history-empty").tryQuery()
        .map(Node::isVisible).orElse(false));
    assertEquals("No transaction matches the search.",
        robot.lookup("#history-empty").queryAs(Label.class).getText());
  }

  @Test
  void historyShowsThePaymentWithItsStateAmountAndCall(FxRobot robot) throws Exception {
    openHistoryAndSelectThePayment(robot);

    assertTrue(robot.lookup("Approved").tryQuery().isPresent());
    assertTrue(robot
        .lookup(ref + "\n" + ui.terminal.journal().payments().find(ref).orElseThrow().referenceNo())
        .tryQuery()
        .isPresent(), "both references");
    assertTrue(robot.lookup("#demo-badge").tryQuery().isEmpty(), "not demo mode");
    assertFalse(robot.lookup("#refund").queryAs(Button.class).isDisabled());
  }

  @Test
  void aRefundWithTheRightPinSucceeds(FxRobot robot) throws Exception {
    openHistoryAndSelectThePayment(robot);
    robot.clickOn("#refund");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
        () -> robot.lookup("#supervisor-pin").tryQuery().isPresent());
    robot.doubleClickOn("#reversal-amount").eraseText(12).write("10000");
    robot.clickOn("#reversal-reason").write("one item back");
    robot.clickOn("#supervisor-pin").write(Terminals.PIN);
    robot.clickOn("#reversal-confirm");

    Label notice = robot.lookup("#history-notice").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
        () -> notice.getText().startsWith("REFUND DONE"));
    assertEquals("REFUND DONE: Rp 10.000 refunded for " + ref + ".", notice.getText());
    assertEquals(ActionState.SUCCEEDED,
        ui.terminal.journal().reversals().refunds(ref).get(0).state());
    assertEquals("10000.00", ui.fixture.sandbox.ledger().refunds(ref).get(0).amount());
    // The table is read again: the refund shows under the amount.
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 1
        && "Rp 10.000".equals(((Row) table(robot).getItems().get(0)).refunded()));
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
        () -> robot.lookup("Rp 25.000\nRefunded:\nRp 10.000").tryQuery()
            .isPresent());
  }

  @Test
  void aWrongPinIsRefusedAndNothingIsSent(FxRobot robot) throws Exception {
    openHistoryAndSelectThePayment(robot);
    robot.clickOn("#refund");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
        () -> robot.lookup("#supervisor-pin").tryQuery().isPresent());
    robot.clickOn("#supervisor-pin").write("9999");
    robot.clickOn("#reversal-confirm");

    Label problem = robot.lookup("#reversal-problem").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
        () -> "Wrong supervisor PIN (1 of 5 tries).".equals(problem.getText()));
    assertEquals("", robot.lookup("#supervisor-pin").queryAs(PasswordField.class).getText(),
        "the field is cleared as soon as the PIN is taken");
    assertTrue(robot.lookup("#refund-dialog").tryQuery().isPresent(),
        "the dialog stays open for another try");
    assertTrue(ui.terminal.journal().reversals().refunds(ref).isEmpty());
    assertTrue(ui.fixture.sandbox.ledger().refunds(ref).isEmpty());
    assertEquals(1, ui.terminal.journal().calls().of(ref).size(), "only the payment's own call");
  }
}
