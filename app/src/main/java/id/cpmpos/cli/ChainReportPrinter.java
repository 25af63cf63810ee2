package id.cpmpos.cli;

import id.cpmpos.chain.ChainReport;
import id.cpmpos.chain.ChainReportQuery;
import id.cpmpos.chain.Ledger;
import id.cpmpos.chain.LedgerException;
import id.cpmpos.config.ChainConfig;
import id.cpmpos.config.ChainConfigLoader;
import id.cpmpos.config.ConfigException;
import id.cpmpos.config.ConfigKeys;
import id.cpmpos.i18n.Messages;
import id.cpmpos.report.DayReport;
import id.cpmpos.report.ReportCsv;
import id.cpmpos.report.ReportText;
import id.cpmpos.report.Totals;
import id.cpmpos.terminal.InputProblem;
import id.cpmpos.terminal.PaymentQuery;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code report --chain}: the chain's day from the ledger only; no journal is opened and nothing is
 * sent. The configuration is hq's file or a terminal's (only its {@code chain.*} keys, {@code zone}
 * and {@code ui.language} are read). Exit 0, 1 when the ledger cannot be read, 2 for a bad date or
 * configuration.
 */
final class ChainReportPrinter {
  /** The CSV's columns: the terminal report's field names, one row per terminal, then the chain's sum. */
  static final List<String> CSV_HEADER = List.of("terminalId", "paidCount", "paidTotal",
      "cancelledTotal",
      "refundedTotal", "net", "declinedCount", "notSentCount", "pendingCount", "auditHead",
      "headSeq", "pushedAt");

  private ChainReportPrinter() {}

  /** The chain's report of {@code date} (null: today in the chain's zone) as text, JSON or CSV. */
  static int print(CliCommand command, String date, boolean json, boolean csv)
      throws ConfigException {
    Path file = HqCommand.file(command.root().config);
    ChainConfigLoader.ForReport settings = ChainConfigLoader.loadForReport(file);
    ChainConfig chain = settings.chain().orElseThrow(
        () -> new ConfigException(ConfigKeys.CHAIN_JDBC_URL,
            "missing (report --chain reads the ledger)"));
    Messages messages = Messages.forLanguage(settings.language());
    PrintWriter err = command.err();
    LocalDate day;
    try {
      day = date == null ? LocalDate.now(settings.zone()) : PaymentQuery.day("--date", date);
    } catch (InputProblem p) {
      err.println(messages.get(p.messageKey(), p.args()));
      return ExitStatus.BAD_INPUT;
    }
    ChainReport report;
    try {
      report = new ChainReportQuery(new Ledger(chain), settings.zone()).day(day);
    } catch (LedgerException e) {
      err.println(messages.get("cli.hq.ledgerDown", e.getMessage()));
      return ExitStatus.FAILED;
    }
    PrintWriter out = command.out();
    if (json) {
      Output.json(out, report.toJson());
    } else if (csv) {
      List<List<String>> rows = new ArrayList<>();
      for (ChainReport.Row r : report.byTerminal()) {
        rows.add(csvRow(r.report().terminalId(), r.report().totals(), r.report().auditHead(),
            Long.toString(r.headSeq()), r.pushedAt() == null ? null : r.pushedAt().toString()));
      }
      rows.add(csvRow("*", report.totals(), null, null, null));
      ReportCsv.write(out, CSV_HEADER, rows);
    } else {
      // The chain's sum in the terminal report's layout, then each terminal's own report.
      StringBuilder b = new StringBuilder();
      b.append(messages.get("report.chainTitle", day.toString(), settings.zone().getId()))
          .append('\n');
      b.append(messages.get("report.chainTerminals", report.terminals())).append('\n');
      ReportText.totals(b, report.totals(), messages::get, "");
      if (!report.byCashier().isEmpty()) {
        b.append('\n').append(messages.get("report.byCashier")).append('\n');
        for (DayReport.CashierTotals c : report.byCashier()) {
          b.append("  ").append(c.cashier() == null ? messages.get("report.noShift") : c.cashier())
              .append('\n');
          ReportText.totals(b, c.totals(), messages::get, "    ");
        }
      }
      out.print(b);
      for (ChainReport.Row r : report.byTerminal()) {
        out.println();
        out.print(ReportText.render(r.report(), messages::get));
      }
    }
    out.flush();
    return ExitStatus.OK;
  }

  private static List<String> csvRow(String terminal, Totals t, String head, String headSeq,
      String pushedAt) {
    List<String> row = new ArrayList<>();
    row.add(terminal);
    t.fields().values().forEach(v -> row.add(v.toString()));
    row.add(head);
    row.add(headSeq);
    row.add(pushedAt);
    return row;
  }
}
