package id.cpmpos.chain;

import id.cpmpos.report.DayReport;
import id.cpmpos.report.Totals;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A day of the whole chain, from the ledger: each terminal's end-of-day report exactly as the
 * terminal computes its own (same record, same fields, its own audit head as last pushed), and their
 * sum. {@code terminals} counts the terminals with anything to report that day.
 */
public record ChainReport(LocalDate date, ZoneId zone, List<Row> byTerminal) {

  public ChainReport {
    byTerminal = List.copyOf(byTerminal);
  }

  /** One terminal's report, and how far its journal had reached the ledger. */
  public record Row(DayReport report, long headSeq, OffsetDateTime pushedAt, Long divergedAtSeq) {}

  public int terminals() {
    return byTerminal.size();
  }

  public Totals totals() {
    return byTerminal.stream().map(r -> r.report().totals()).reduce(Totals.ZERO, Totals::plus);
  }

  /** Every terminal's cashiers summed by name (no-shift last), as the terminal report's byCashier. */
  public List<DayReport.CashierTotals> byCashier() {
    Map<String, Totals> m = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
    for (Row r : byTerminal) {
      for (DayReport.CashierTotals c : r.report().byCashier()) {
        m.merge(c.cashier(), c.totals(), Totals::plus);
      }
    }
    return m.entrySet().stream().map(e -> new DayReport.CashierTotals(e.getKey(), e.getValue()))
        .toList();
  }

  /**
   * The {@code report --chain --json} shape: the terminal report's fields (date, zone, the totals,
   * byCashier) summed over the chain, {@code terminals}, and {@code byTerminal}: each terminal's own
   * {@code report --json} object plus {@code headSeq}, {@code pushedAt} and {@code divergedAtSeq}.
   */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("date", date.toString());
    m.put("zone", zone.getId());
    m.put("terminals", terminals());
    m.putAll(totals().fields());
    List<Map<String, Object>> cashiers = new ArrayList<>();
    for (DayReport.CashierTotals c : byCashier()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("cashier", c.cashier());
      row.putAll(c.totals().fields());
      cashiers.add(row);
    }
    m.put("byCashier", cashiers);
    List<Map<String, Object>> terminals = new ArrayList<>();
    for (Row r : byTerminal) {
      Map<String, Object> row = r.report().toJson();
      row.put("headSeq", r.headSeq());
      row.put("pushedAt", r.pushedAt() == null ? null : r.pushedAt().toString());
      row.put("divergedAtSeq", r.divergedAtSeq());
      terminals.add(row);
    }
    m.put("byTerminal", terminals);
    return m;
  }
}
