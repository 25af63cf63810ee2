package id.cpmpos.chain;

import id.cpmpos.report.DayReport;
import id.cpmpos.report.Movement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Computes {@code report --chain} from the ledger alone, by the terminal's own rules (see the
 * journal's DayReportQuery): a sale counts on the day it was paid, whatever happened later; a cancel
 * (of a sale seen paid) and a refund on the day they succeeded; declined, not-sent and pending sales
 * on the day they were made; training never. Each terminal's day is its own local day. One
 * read-only, repeatable-read transaction: every terminal's figures and head come from one snapshot.
 */
public record ChainReportQuery(Ledger ledger, ZoneId zone) {

  public ChainReport day(LocalDate date) {
    try (Connection c = ledger.connect()) {
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      c.setReadOnly(true);
      Map<String, List<Movement>> moves = new TreeMap<>();
      read(c, moves, "SELECT p.terminal_id, 'PAID', p.amount, p.shift_id, s.cashier FROM payments p"
          + SHIFT_OF_P + " WHERE NOT p.training AND p.paid_day = ?", date);
      read(c, moves,
          "SELECT x.terminal_id, 'CANCELLED', p.amount, x.shift_id, s.cashier FROM cancels x"
              + " JOIN payments p USING (terminal_id, partner_reference_no)" + SHIFT_OF_X
              + " WHERE x.state = 'SUCCEEDED' AND NOT p.training AND p.paid_at IS NOT NULL AND x.updated_day = ?",
          date);
      read(c, moves,
          "SELECT x.terminal_id, 'REFUNDED', x.amount, x.shift_id, s.cashier FROM refunds x"
              + " JOIN payments p USING (terminal_id, partner_reference_no)" + SHIFT_OF_X
              + " WHERE x.state = 'SUCCEEDED' AND NOT p.training AND x.updated_day = ?",
          date);
      read(c, moves,
          "SELECT p.terminal_id, CASE WHEN p.state IN ('SENDING', 'UNKNOWN') THEN 'PENDING' ELSE p.state"
              + " END, p.amount, p.shift_id, s.cashier FROM payments p" + SHIFT_OF_P
              + " WHERE NOT p.training"
              + " AND p.state IN ('DECLINED', 'NOT_SENT', 'SENDING', 'UNKNOWN') AND p.day = ?",
          date);
      List<ChainReport.Row> rows = new ArrayList<>();
      for (Map.Entry<String, List<Movement>> t : moves.entrySet()) {
        rows.add(row(c, date, t.getKey(), t.getValue()));
      }
      c.commit();
      return new ChainReport(date, zone, rows);
    } catch (SQLException e) {
      throw new LedgerException(
          "cannot read the chain report from the ledger: " + ChainReplicator.describe(e), e);
    }
  }

  private static final String SHIFT_OF_P = " LEFT JOIN shifts s ON s.terminal_id = p.terminal_id AND s.id = p.shift_id";
  private static final String SHIFT_OF_X = " LEFT JOIN shifts s ON s.terminal_id = x.terminal_id AND s.id = x.shift_id";

  private ChainReport.Row row(Connection c, LocalDate date, String terminalId,
      List<Movement> movements)
      throws SQLException {
    DayReport.Builder report = new DayReport.Builder(date, zone, terminalId);
    List<DayReport.Shift> shifts = new ArrayList<>();
    try (PreparedStatement ps = c
        .prepareStatement("SELECT id, cashier, opened_at, closed_at FROM shifts"
            + " WHERE terminal_id = ? AND id = ANY(?)")) {
      ps.setString(1, terminalId);
      ps.setArray(2, c.createArrayOf("bigint", movements.stream().map(Movement::shiftId)
          .filter(Objects::nonNull).distinct().toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          shifts.add(new DayReport.Shift(rs.getLong(1), rs.getString(2),
              local(rs.getObject(3, OffsetDateTime.class)),
              local(rs.getObject(4, OffsetDateTime.class))));
        }
      }
    }
    report.shifts(shifts);
    movements.forEach(report::add);
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT head_hash, head_seq, pushed_at, diverged_at_seq FROM terminals WHERE terminal_id = ?")) {
      ps.setString(1, terminalId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return new ChainReport.Row(report.build(null), 0, null, null);
        }
        long diverged = rs.getLong(4);
        Long divergedAt = rs.wasNull() ? null : diverged;
        return new ChainReport.Row(report.build(rs.getString(1)), rs.getLong(2),
            local(rs.getObject(3, OffsetDateTime.class)), divergedAt);
      }
    }
  }

  /** PostgreSQL gives instants back in UTC; the report shows them in the chain's zone, as a terminal does. */
  private OffsetDateTime local(OffsetDateTime t) {
    return t == null ? null : t.atZoneSameInstant(zone).toOffsetDateTime();
  }

  private static void read(Connection c, Map<String, List<Movement>> moves, String sql,
      LocalDate date)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, date);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long shift = rs.getLong(4);
          Long shiftId = rs.wasNull() ? null : shift;
          moves.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Movement(
              Movement.Kind.valueOf(rs.getString(2)), rs.getBigDecimal(3), shiftId,
              rs.getString(5)));
        }
      }
    }
  }
}
