package id.cpmpos.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Cashiers and their shifts. At most one shift is open at a time (a unique index says so too); the
 * journal's triggers give every payment, cancel and refund the shift open when it was asked for.
 * Both tables are audited: moving a shift to another cashier would move their sales with it.
 */
public final class ShiftStore {
  private static final String SHIFT = "SELECT id, cashier, opened_at, closed_at FROM shifts";

  private final Journal journal;

  public ShiftStore(Journal journal) {
    this.journal = journal;
  }

  public Optional<ShiftRecord> open() {
    return journal.withConnection("cannot read the open shift",
        c -> one(c, SHIFT + " WHERE closed_at IS NULL"));
  }

  public Optional<ShiftRecord> shift(long id) {
    return journal.withConnection("cannot read shift " + id,
        c -> one(c, SHIFT + " WHERE id = ?", id));
  }

  /** The shifts named, in id order; ids that do not exist are left out. */
  public List<ShiftRecord> shifts(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return journal.withConnection("cannot read shifts", c -> all(c,
        SHIFT + " WHERE id IN (" + "?,".repeat(ids.size() - 1) + "?) ORDER BY id", ids.toArray()));
  }

  /** The most recent shifts first. */
  public List<ShiftRecord> recent(int limit) {
    return journal.withConnection("cannot read shifts",
        c -> all(c, SHIFT + " ORDER BY id DESC LIMIT ?", limit));
  }

  /** Whose shift a payment was made in (empty: none was open, or no such payment). */
  public Optional<String> cashierOfPayment(String partnerReferenceNo) {
    return cashierOf("payments", "partner_reference_no", partnerReferenceNo);
  }

  public Optional<String> cashierOfRefund(String partnerRefundNo) {
    return cashierOf("refunds", "partner_refund_no", partnerRefundNo);
  }

  public Optional<String> cashierOfCancel(String partnerReferenceNo) {
    return cashierOf("cancels", "partner_reference_no", partnerReferenceNo);
  }

  /** {@code table} and {@code key} are this class's constants, never input. */
  private Optional<String> cashierOf(String table, String key, String value) {
    return journal.withConnection("cannot read the cashier of " + value, c -> {
      try (PreparedStatement ps = c
          .prepareStatement("SELECT s.cashier FROM " + table + " x JOIN shifts s ON s.id ="
              + " x.shift_id WHERE x." + key + " = ?")) {
        ps.setString(1, value);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        }
      }
    });
  }

  /** Whether the cashier is known, and their PIN hash if they chose one (empty string: known, no PIN). */
  public Optional<String> cashierPinHash(String name) {
    return journal.withConnection("cannot read cashier " + name, c -> {
      try (PreparedStatement ps = c
          .prepareStatement("SELECT COALESCE(pin_hash, '') FROM cashiers WHERE name = ?")) {
        ps.setString(1, name);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
      }
    });
  }

  /**
   * Opens a shift for {@code cashier}, adding the cashier (with {@code pinHashIfNew}, may be null)
   * when the name is new. Refused with ALREADY_OPEN while another shift is open.
   */
  public ShiftRecord openShift(String cashier, String pinHashIfNew) {
    String now = journal.now();
    return journal.withConnection("cannot open a shift", c -> {
      Optional<ShiftRecord> open = one(c, SHIFT + " WHERE closed_at IS NULL");
      if (open.isPresent()) {
        throw new ShiftRefused(ShiftRefused.Why.ALREADY_OPEN, open.get());
      }
      if (update(c,
          "INSERT INTO cashiers (name, pin_hash, created_at) VALUES (?,?,?) ON CONFLICT(name) DO NOTHING",
          cashier, pinHashIfNew, now) == 1) {
        AuditLog.append(c, AuditedTable.CASHIERS, cashier, "INSERT", now);
      }
      update(c, "INSERT INTO shifts (cashier, opened_at) VALUES (?,?)", cashier, now);
      ShiftRecord shift = one(c, SHIFT + " WHERE closed_at IS NULL").orElseThrow();
      AuditLog.append(c, AuditedTable.SHIFTS, Long.toString(shift.id()), "INSERT", now);
      return shift;
    });
  }

  /** Closes the open shift; refused with NONE_OPEN when there is none. */
  public ShiftRecord closeShift() {
    String now = journal.now();
    return journal.withConnection("cannot close the shift", c -> {
      ShiftRecord open = one(c, SHIFT + " WHERE closed_at IS NULL")
          .orElseThrow(() -> new ShiftRefused(ShiftRefused.Why.NONE_OPEN, null));
      update(c, "UPDATE shifts SET closed_at = ? WHERE id = ?", now, open.id());
      AuditLog.append(c, AuditedTable.SHIFTS, Long.toString(open.id()), "UPDATE", now);
      return one(c, SHIFT + " WHERE id = ?", open.id()).orElseThrow();
    });
  }

  private static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      return ps.executeUpdate();
    }
  }

  private static Optional<ShiftRecord> one(Connection c, String sql, Object... args)
      throws SQLException {
    List<ShiftRecord> all = all(c, sql, args);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  private static List<ShiftRecord> all(Connection c, String sql, Object... args)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      List<ShiftRecord> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String closed = rs.getString(4);
          out.add(
              new ShiftRecord(rs.getLong(1), rs.getString(2), OffsetDateTime.parse(rs.getString(3)),
                  closed == null ? null : OffsetDateTime.parse(closed)));
        }
      }
      return out;
    }
  }
}
