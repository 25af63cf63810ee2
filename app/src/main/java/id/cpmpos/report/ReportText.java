package id.cpmpos.report;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The report as plain text, one label and value per line: what {@code report} prints and what goes
 * on paper (thermal printer or the OS printer), in the terminal's language.
 */
public final class ReportText {
  private ReportText() {}

  public static String render(DayReport r, Labels labels) {
    StringBuilder b = new StringBuilder();
    b.append(labels.get("report.title", r.date().toString(), r.zone().getId())).append('\n');
    b.append(labels.get("report.terminal", r.terminalId())).append('\n');
    totals(b, r.totals(), labels, "");
    if (!r.byCashier().isEmpty()) {
      b.append('\n').append(labels.get("report.byCashier")).append('\n');
      for (DayReport.CashierTotals c : r.byCashier()) {
        b.append("  ").append(c.cashier() == null ? labels.get("report.noShift") : c.cashier())
            .append('\n');
        totals(b, c.totals(), labels, "    ");
      }
    }
    if (!r.byShift().isEmpty()) {
      b.append('\n').append(labels.get("report.byShift")).append('\n');
      for (DayReport.ShiftTotals s : r.byShift()) {
        b.append("  ")
            .append(labels.get("report.shift", s.shiftId(), s.cashier(), s.openedAt().toString(),
                s.closedAt() == null ? labels.get("report.shiftOpen") : s.closedAt().toString()))
            .append('\n');
        totals(b, s.totals(), labels, "    ");
      }
    }
    b.append('\n').append(labels.get("report.auditHead")).append('\n');
    b.append(r.auditHead() == null ? "-" : r.auditHead()).append('\n');
    return b.toString();
  }

  /** The totals, one per line under the given indent: also a shift's closing summary. */
  public static void totals(StringBuilder b, Totals t, Labels labels, String indent) {
    Map<String, BigDecimal> amounts = Map.of("paidTotal", t.paidTotal(), "cancelledTotal",
        t.cancelledTotal(),
        "refundedTotal", t.refundedTotal(), "net", t.net());
    int width = t.fields().keySet().stream().mapToInt(k -> labels.get("report." + k).length()).max()
        .orElse(0);
    for (Map.Entry<String, Object> f : t.fields().entrySet()) {
      String label = labels.get("report." + f.getKey());
      // Rupiah as on every screen and receipt ("Rp 25.000"); the JSON and CSV keep 25000.00.
      BigDecimal amount = amounts.get(f.getKey());
      Object v = amount == null ? f.getValue() : Rupiah.format(amount, "IDR");
      // One column for the labels, the longest's width: values line up whatever the language.
      b.append(indent).append(String.format("%-" + width + "s %18s", label, v)).append('\n');
    }
  }
}
