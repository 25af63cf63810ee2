package id.cpmpos.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The end-of-day (Z) report of one day in the terminal's zone: the totals, the same per cashier and
 * per shift, and the audit head of the journal it was computed from, so the paper anchors the
 * hash chain. Training (demo) payments are never among its movements.
 */
public record DayReport(LocalDate date, ZoneId zone, String terminalId, Totals totals,
    List<CashierTotals> byCashier,
    List<ShiftTotals> byShift, String auditHead) {

  public DayReport {
    byCashier = List.copyOf(byCashier);
    byShift = List.copyOf(byShift);
  }

  /** One cashier's part; {@code cashier} null for what happened while no shift was open. */
  public record CashierTotals(String cashier, Totals totals) {}

  /** One shift's part of the day. */
  public record ShiftTotals(long shiftId, String cashier, OffsetDateTime openedAt,
      OffsetDateTime closedAt,
      Totals totals) {}

  /** The shift a movement belongs to, as the report names it. */
  public record Shift(long id, String cashier, OffsetDateTime openedAt, OffsetDateTime closedAt) {}

  /**
   * The {@code report --json} shape: the day, the totals' fields at the top level, then
   * {@code byCashier}, {@code byShift} and {@code auditHead}. Field names are a public contract.
   */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("date", date.toString());
    m.put("zone", zone.getId());
    m.put("terminalId", terminalId);
    m.putAll(totals.fields());
    List<Map<String, Object>> cashiers = new ArrayList<>();
    for (CashierTotals c : byCashier) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("cashier", c.cashier());
      row.putAll(c.totals().fields());
      cashiers.add(row);
    }
    m.put("byCashier", cashiers);
    List<Map<String, Object>> shifts = new ArrayList<>();
    for (ShiftTotals s : byShift) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("shiftId", s.shiftId());
      row.put("cashier", s.cashier());
      row.put("openedAt", s.openedAt().toString());
      row.put("closedAt", s.closedAt() == null ? null : s.closedAt().toString());
      row.putAll(s.totals().fields());
      shifts.add(row);
    }
    m.put("byShift", shifts);
    m.put("auditHead", auditHead);
    return m;
  }

  /** Folds movements into a report; one builder per report, not shared between threads. */
  public static final class Builder {
    private final LocalDate date;
    private final ZoneId zone;
    private final String terminalId;
    private Totals totals = Totals.ZERO;
    // Sorted by name, no-shift last; shifts by id: the same report always prints the same.
    private final Map<String, Totals> byCashier = new TreeMap<>(Comparator.nullsLast(
        Comparator.naturalOrder()));
    private final Map<Long, Totals> byShift = new TreeMap<>();
    private final Map<Long, Shift> shifts = new LinkedHashMap<>();

    public Builder(LocalDate date, ZoneId zone, String terminalId) {
      this.date = date;
      this.zone = zone;
      this.terminalId = terminalId;
    }

    /** Names the shifts that movements refer to by id. */
    public Builder shifts(Collection<Shift> known) {
      known.forEach(s -> shifts.put(s.id(), s));
      return this;
    }

    public Builder add(Movement m) {
      totals = totals.plus(m);
      byCashier.merge(m.cashier(), Totals.ZERO.plus(m), Totals::plus);
      if (m.shiftId() != null) {
        byShift.merge(m.shiftId(), Totals.ZERO.plus(m), Totals::plus);
      }
      return this;
    }

    public DayReport build(String auditHead) {
      List<CashierTotals> cashiers = byCashier.entrySet().stream()
          .map(e -> new CashierTotals(e.getKey(), e.getValue())).toList();
      List<ShiftTotals> perShift = byShift.entrySet().stream().map(e -> {
        Shift s = Objects.requireNonNull(shifts.get(e.getKey()),
            "shift " + e.getKey() + " not named");
        return new ShiftTotals(s.id(), s.cashier(), s.openedAt(), s.closedAt(), e.getValue());
      }).toList();
      return new DayReport(date, zone, terminalId, totals, cashiers, perShift, auditHead);
    }
  }
}
