package id.cpmpos.ui.report;

import id.cpmpos.i18n.Messages;
import id.cpmpos.ui.Paper;
import java.io.File;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The end-of-day report of a chosen day: read it, print it (OS printer dialog), export its CSV. */
public final class ReportView extends VBox {
  /** Where the CSV goes: asks the cashier with the OS save dialog (tests give a file instead). */
  public interface SaveTarget {
    File choose(Window owner, String suggestedName);
  }

  public static final SaveTarget ASK = (owner, suggested) -> {
    FileChooser chooser = new FileChooser();
    chooser.setInitialFileName(suggested);
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
    return chooser.showSaveDialog(owner);
  };

  public ReportView(ReportViewModel vm, Messages messages, SaveTarget saveTarget) {
    super(10);
    setPadding(new Insets(16));
    setMinWidth(0);
    getStyleClass().add("report-view");
    Label title = new Label(messages.get("report.screen.title"));
    title.getStyleClass().add("section-title");
    DatePicker date = new DatePicker();
    date.setId("report-date");
    date.valueProperty().bindBidirectional(vm.dateProperty());
    date.valueProperty().addListener((obs, old, now) -> vm.refresh());
    Button refresh = new Button(messages.get("history.refresh"));
    refresh.setId("report-refresh");
    refresh.setOnAction(e -> vm.refresh());
    Button print = new Button(messages.get("report.print"));
    print.setId("report-print");
    Button export = new Button(messages.get("report.export"));
    export.setId("report-export");
    Label notice = new Label();
    notice.setId("report-notice");
    notice.setWrapText(true);
    notice.textProperty().bind(vm.noticeProperty());
    print.setOnAction(
        e -> vm.noticeProperty().set(Paper.print(vm.textProperty().get(), getScene().getWindow(),
            messages)));
    export.setOnAction(e -> {
      LocalDate day = vm.dateProperty().get();
      File file = saveTarget.choose(getScene().getWindow(), "cpm-pos-report-" + day + ".csv");
      if (file != null) {
        vm.exportCsv(file.toPath());
      }
    });
    date.setPrefWidth(160);
    for (Button b : List.of(refresh, print, export)) {
      b.setMinWidth(Region.USE_PREF_SIZE); // a cut "Ekspor CS…" helps nobody: the bar wraps instead
    }
    FlowPane bar = new FlowPane(8, 8, date, refresh, print, export);
    bar.setAlignment(Pos.CENTER_LEFT);
    TextArea text = new TextArea();
    text.setId("report-text");
    text.setEditable(false);
    text.getStyleClass().add("monospace");
    text.textProperty().bind(vm.textProperty());
    VBox.setVgrow(text, Priority.ALWAYS);
    getChildren().addAll(title, bar, notice, text);
    vm.refresh();
  }
}
