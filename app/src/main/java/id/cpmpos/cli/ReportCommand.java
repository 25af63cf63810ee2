package id.cpmpos.cli;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.journal.ReportLine;
import id.cpmpos.report.DayReport;
import id.cpmpos.report.ReportCsv;
import id.cpmpos.report.ReportText;
import id.cpmpos.terminal.InputProblem;
import id.cpmpos.terminal.PaymentQuery;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code report [--date YYYY-MM-DD] [--json | --csv]}: the end-of-day report of a day in the
 * terminal's zone (default today). Training payments never count. Exit 0, or 2 for a bad date.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand extends TerminalCommand {
  @Option(names = "--date", paramLabel = "YYYY-MM-DD") String date;

  @Option(names = "--chain") boolean chain;

  @ArgGroup(exclusive = true) Format format = new Format();

  /** One format at a time; --json's help, like every command's, is in CliHelp.properties. */
  static final class Format {
    @Option(names = "--json") boolean json;
    @Option(names = "--csv") boolean csv;
  }

  /** The chain's report reads the ledger alone: it opens no terminal. */
  @Override
  public Integer call() throws Exception {
    return chain ? ChainReportPrinter.print(this, date, format.json, format.csv) : super.call();
  }

  @Override
  int run(TerminalContext terminal) throws InputProblem {
    LocalDate day = date == null
        ? LocalDate.now(terminal.clock().withZone(terminal.config().zone()))
        : PaymentQuery.day("--date", date);
    PrintWriter out = out();
    if (format.csv) {
      List<ReportLine> lines = terminal.dayReports().lines(day);
      ReportCsv.write(out, lines.stream().map(ReportLine::csv).toList());
      out.flush();
      return ExitStatus.OK;
    }
    DayReport report = terminal.dayReports().day(day);
    if (format.json) {
      Output.json(out, report.toJson());
    } else {
      out.print(ReportText.render(report, terminal.messages()::get));
      out.flush();
    }
    return ExitStatus.OK;
  }
}
