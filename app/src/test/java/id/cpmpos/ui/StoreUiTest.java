package id.cpmpos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.report.ReportCsv;
import id.cpmpos.testing.Terminals;
import id.cpmpos.testing.UiStage;
import id.cpmpos.testing.UiTerminal;
import id.cpmpos.ui.supervisor.SupervisorSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The store screen (F3): open a shift, sell, close it and read its summary; the day's report and its CSV export. */
@ExtendWith(UiStage.class)
class StoreUiTest {
  @TempDir static Path dir;
  @AutoClose UiTerminal ui;
  Path exported;

  @Start
  void start(Stage stage) throws Exception {
    ui = UiTerminal.open(dir, "ui.language", "en");
    exported = ui.fixture.config.resolveSibling("day.csv");
    MainWindow window = new TerminalUi(ui.terminal, ui.background,
        (owner, suggested) -> exported.toFile(),
        SupervisorSessions.untimed()).window();
    UiStage.show(stage, window);
  }

  Label label(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class);
  }

  @Test
  void openAShiftSellCloseItAndReadItsSummary(FxRobot robot) throws Exception {
    robot.type(KeyCode.F3);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> "No shift is open.".equals(label(robot, "#shift-current").getText()));
    robot.clickOn("#shift-name").write("Ani");
    robot.clickOn("#shift-pin").write("1357");
    robot.clickOn("#shift-open");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> label(robot, "#shift-current").getText().startsWith("Shift 1 · Ani"));

    Terminals.paid(ui.terminal, ui.fixture, "25000");
    robot.clickOn("#shift-close");

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> !label(robot, "#shift-summary").getText().isEmpty());
    String summary = label(robot, "#shift-summary").getText();
    assertTrue(summary.startsWith("SHIFT SUMMARY 1 · Ani"), summary);
    assertTrue(summary.matches("(?s).*Paid \\(count\\) +1\\n.*Paid \\(total\\) +Rp 25\\.000\\n.*"),
        summary);
    assertTrue(robot.lookup("#shift-open").tryQuery().isPresent(), "a new shift can be opened");
    assertTrue(robot.lookup("#shift-print").tryQuery().orElseThrow().isVisible(),
        "the summary can be printed");
  }

  @Test
  void theDaysReportShowsItsTotalsAndExportsItsCsv(FxRobot robot) throws Exception {
    String ref = Terminals.paid(ui.terminal, ui.fixture, "40000");
    robot.type(KeyCode.F3);
    TextArea text = robot.lookup("#report-text").queryAs(TextArea.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text.getText().contains("Rp 40.000"));
    assertTrue(text.getText().contains(ui.terminal.journal().verify().head()),
        "the audit head is on the report");

    robot.clickOn("#report-export");

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> label(robot, "#report-notice").getText().startsWith("1 payments exported"));
    List<String> lines = Files.readAllLines(exported);
    assertEquals(String.join(",", ReportCsv.HEADER), lines.get(0));
    assertEquals(2, lines.size());
    assertTrue(lines.get(1).contains(ref) && lines.get(1).contains(",40000.00,IDR,APPROVED,"),
        lines.get(1));
  }
}
