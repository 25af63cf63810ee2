package id.cpmpos.journal;

import id.cpmpos.report.DayReport;
import id.cpmpos.report.Movement;
import id.cpmpos.report.Totals;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the money movements of a day, or of a shift, from the journal and folds them into a
 * {@link DayReport} or {@link Totals}. A sale counts as paid on the day its approval was recorded
 * ({@code paid_at}), whatever happened to it later; a cancel or refund counts on the day it
 * succeeded, and a cancel only when the sale had been seen paid (one abandoned while its outcome was
 * unknown moved nothing this terminal booked); declined, not-sent and pending sales on the day they
 * were made. Training (demo) payments never count. Days are ranges over the stored local times, as
 * in {@link PaymentSearch}: all on indexes. The day is a day in the journal's own zone, the one its
 * times are written in, so the report cannot draw its day in another.
 */
public record DayReportQuery(Journal journal, String terminalId) {
  private static final String SUCCEEDED = SqlStates.literal(ActionState.SUCCEEDED);
  private static final String PENDING = SqlStates.in(PaymentState.SENDING, PaymentState.UNKNOWN);

  /** The day's report, with the audit head read in the same transaction as the movements. */
  public DayReport day(LocalDate date) {
    String from = date.toString();
    String to = date.plusDays(1).toString();
    return journal.withConnection("cannot compute the report of " + date, c -> {
      List<Movement> movements = movements(c, "p.paid_at >= ? AND p.paid_at < ?",
          "x.updated_at >= ? AND x.updated_at < ?",
          "p.created_at >= ? AND p.created_at < ?", from, to);
      Set<Long> ids = new LinkedHashSet<>();
      movements.stream().filter(m -> m.shiftId() != null).forEach(m -> ids.add(m.shiftId()));
      DayReport.Builder report = new DayReport.Builder(date, journal.zone(), terminalId);
      report.shifts(new ShiftStore(journal).shifts(ids).stream()
          .map(s -> new DayReport.Shift(s.id(), s.cashier(), s.openedAt(), s.closedAt())).toList());
      movements.forEach(report::add);
      return report.build(AuditLog.head(c));
    });
  }

  /** Everything asked for during the shift: its summary when it closes. */
  public Totals shift(long shiftId) {
    return journal.withConnection("cannot compute the totals of shift " + shiftId, c -> {
      Totals t = Totals.ZERO;
      for (Movement m : movements(c, "p.shift_id = ?", "x.shift_id = ?", "p.shift_id = ?",
          shiftId)) {
        t = t.plus(m);
      }
      return t;
    });
  }

  /**
   * The day's payments for the CSV ({@code ?1} the day's first local time, {@code ?2} the next day's):
   * two index ranges, made that day and paid that day but made another, each read in one pass (no
   * list of ids to build and look each up again, which cost more than the rows themselves); a
   * payment's refunds and cancel are one probe each of their payment indexes (a day is a sliver of
   * the year: a probe per payment reads far less than grouping the year's refunds).
   *
   * <p>The fields this terminal writes in a fixed form (state, currency, amount, times, shift, the
   * refunded amounts, the cancel's state; none can hold a {@code |}) come as one column joined by
   * {@code |}, empty for null; the free-form ones (references, response code, cashier) as columns
   * of their own. The driver's cost is per column read (a native call and a copy each): over a day
   * of a busy counter's year, twelve columns a row took three times what SQLite spends finding and
   * sorting the rows, and grouping the refund and cancel probes into joins of their own saved
   * nothing.
   */
  static final String LINES;

  static {
    String columns = "SELECT p.state || '|' || p.currency || '|' || p.amount || '|' || p.created_at"
        + " || '|' || IFNULL(p.paid_at, '') || '|' || IFNULL(p.shift_id, '') || '|' || IFNULL("
        + "(SELECT GROUP_CONCAT(r.amount, ' ') FROM refunds r INDEXED BY refunds_payment WHERE"
        + " r.partner_reference_no = p.partner_reference_no AND r.state = " + SUCCEEDED + "), '')"
        + " || '|' || IFNULL((SELECT c.state FROM cancels c WHERE c.partner_reference_no ="
        + " p.partner_reference_no), ''),"
        + " p.partner_reference_no, p.reference_no, p.response_code, s.cashier, p.created_at, p.id"
        + " FROM payments p LEFT JOIN shifts s ON s.id = p.shift_id WHERE p.training = 0 AND ";
    LINES = columns + "p.created_at >= ?1 AND p.created_at < ?2 UNION ALL " + columns
        + "p.paid_at >= ?1 AND p.paid_at < ?2 AND NOT (p.created_at >= ?1 AND p.created_at < ?2) ORDER BY 6, 7";
  }

  /** One line per payment made or paid that day (training left out): what {@code report --csv} prints. */
  public List<ReportLine> lines(LocalDate date) {
    String from = date.toString();
    String to = date.plusDays(1).toString();
    return journal.withConnection("cannot list the payments of " + date, c -> {
      List<ReportLine> out = new ArrayList<>();
      try (PreparedStatement ps = prepare(c, LINES, from, to); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(line(rs));
        }
      }
      return out;
    });
  }

  private static ReportLine line(ResultSet rs) throws SQLException {
    String[] f = rs.getString(1).split("\\|", -1);
    if (f.length != 8) {
      throw new SQLException("payment " + rs.getString(2) + " has a field holding '|'");
    }
    // StoredTime: the general ISO parser was a third of this loop's time.
    return new ReportLine(rs.getString(2), rs.getString(3), new BigDecimal(f[2]), f[1],
        PaymentState.valueOf(f[0]), rs.getString(4), StoredTime.parse(f[3]),
        f[4].isEmpty() ? null : StoredTime.parse(f[4]), f[5].isEmpty() ? null : Long.valueOf(f[5]),
        rs.getString(5), refundedSum(f[6]), f[7].isEmpty() ? null : ActionState.valueOf(f[7]));
  }

  /** Summed here, exactly: SQLite would add the decimal texts as binary floating point. */
  private static BigDecimal refundedSum(String amounts) {
    BigDecimal sum = new BigDecimal("0.00");
    if (!amounts.isEmpty()) {
      for (String a : amounts.split(" ")) {
        sum = sum.add(new BigDecimal(a));
      }
    }
    return sum;
  }

  /**
   * The movements selected by three conditions: on paid sales, on succeeded cancels and refunds
   * (alias {@code x}), and on the other sales; each gets {@code args} bound once.
   */
  private static List<Movement> movements(Connection c, String paid, String reversal, String made,
      Object... args)
      throws SQLException {
    List<Movement> out = new ArrayList<>();
    read(c,
        "SELECT 'PAID', p.amount, p.shift_id, s.cashier FROM payments p LEFT JOIN shifts s ON s.id = p.shift_id"
            + " WHERE p.training = 0 AND p.paid_at IS NOT NULL AND " + paid,
        args, out);
    read(c,
        "SELECT 'CANCELLED', p.amount, x.shift_id, s.cashier FROM cancels x JOIN payments p USING"
            + " (partner_reference_no) LEFT JOIN shifts s ON s.id = x.shift_id WHERE x.state = "
            + SUCCEEDED
            + " AND p.training = 0 AND p.paid_at IS NOT NULL AND " + reversal,
        args, out);
    read(c,
        "SELECT 'REFUNDED', x.amount, x.shift_id, s.cashier FROM refunds x JOIN payments p USING"
            + " (partner_reference_no) LEFT JOIN shifts s ON s.id = x.shift_id WHERE x.state = "
            + SUCCEEDED
            + " AND p.training = 0 AND " + reversal,
        args, out);
    // NOT_CHARGED (the provider never booked it) counts with NOT_SENT: nothing charged, nobody declined.
    read(c, "SELECT CASE WHEN p.state IN " + PENDING + " THEN 'PENDING' WHEN p.state = "
        + SqlStates.literal(PaymentState.NOT_CHARGED) + " THEN "
        + SqlStates.literal(PaymentState.NOT_SENT)
        + " ELSE p.state END, p.amount, p.shift_id, s.cashier FROM payments p LEFT JOIN shifts s"
        + " ON s.id = p.shift_id WHERE p.training = 0"
        + " AND p.state IN "
        + SqlStates.in(PaymentState.DECLINED, PaymentState.NOT_SENT, PaymentState.NOT_CHARGED,
            PaymentState.SENDING, PaymentState.UNKNOWN)
        + " AND " + made, args, out);
    return out;
  }

  private static void read(Connection c, String sql, Object[] args, List<Movement> out)
      throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long shift = rs.getLong(3);
        Long shiftId = rs.wasNull() ? null : shift;
        out.add(new Movement(Movement.Kind.valueOf(rs.getString(1)),
            new BigDecimal(rs.getString(2)), shiftId,
            rs.getString(4)));
      }
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... args)
      throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
    return ps;
  }
}
