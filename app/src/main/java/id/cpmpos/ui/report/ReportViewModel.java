package id.cpmpos.ui.report;

import id.cpmpos.i18n.Messages;
import id.cpmpos.journal.DayReportQuery;
import id.cpmpos.journal.ReportLine;
import id.cpmpos.report.DayReport;
import id.cpmpos.report.ReportCsv;
import id.cpmpos.report.ReportText;
import id.cpmpos.ui.TaskExecutor;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end-of-day report of a chosen day (default today, the terminal's zone), as the same text the
 * CLI prints, and its CSV export. Journal work on the background executor; properties on the UI's.
 */
public final class ReportViewModel {
  private static final Logger log = LoggerFactory.getLogger(ReportViewModel.class);

  private final DayReportQuery reports;
  private final Messages messages;
  private final TaskExecutor tasks;
  private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
  private final StringProperty text = new SimpleStringProperty("");
  private final StringProperty notice = new SimpleStringProperty("");
  private final ObjectProperty<DayReport> report = new SimpleObjectProperty<>();

  public ReportViewModel(DayReportQuery reports, Messages messages, Clock clock, ZoneId zone,
      TaskExecutor tasks) {
    this.reports = reports;
    this.messages = messages;
    this.tasks = tasks;
    date.set(LocalDate.now(clock.withZone(zone)));
  }

  /** Computes the report of the chosen day. */
  public void refresh() {
    LocalDate day = date.get();
    tasks.call(() -> reports.day(day), r -> {
      report.set(r);
      text.set(ReportText.render(r, messages::get));
      notice.set("");
    }, e -> {
      log.warn("cannot compute the report of {}", day, e);
      notice.set(messages.get("history.readFailed"));
    });
  }

  /** Writes the day's CSV (a header and one row per payment) to {@code file}; says so when done. */
  public void exportCsv(Path file) {
    LocalDate day = date.get();
    tasks.call(() -> {
      List<ReportLine> lines = reports.lines(day);
      try (PrintWriter out = new PrintWriter(
          Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
        ReportCsv.write(out, lines.stream().map(ReportLine::csv).toList());
      }
      return lines.size();
    }, count -> notice.set(messages.get("report.exported", count, file.getFileName().toString())),
        e -> {
          log.warn("cannot export the report of {}", day, e);
          notice.set(messages.get("report.exportFailed", String.valueOf(e.getMessage())));
        });
  }

  public ObjectProperty<LocalDate> dateProperty() {
    return date;
  }

  /** The report as text, one label and value per line. */
  public StringProperty textProperty() {
    return text;
  }

  public ObjectProperty<DayReport> reportProperty() {
    return report;
  }

  public StringProperty noticeProperty() {
    return notice;
  }
}
