package id.cpmpos.journal;

import java.util.List;

/**
 * A journal table whose every change is appended to the audit log, and whose rows
 * {@code journal verify} compares with their latest audit entry. {@code keyColumn} is the row's
 * unique business key (never the rowid: a row's identity must survive a rebuild of the table).
 */
record AuditedTable(String name, String keyColumn) {
  static final AuditedTable PAYMENTS = new AuditedTable("payments", "partner_reference_no");
  static final AuditedTable EXTERNAL_ID_SEQUENCE = new AuditedTable("external_id_sequence", "day");
  static final AuditedTable CANCELS = new AuditedTable("cancels", "partner_reference_no");
  static final AuditedTable REFUNDS = new AuditedTable("refunds", "partner_refund_no");
  /** A PIN hash swapped by hand would hand refunds to whoever chose it: the change must show. */
  static final AuditedTable SUPERVISOR_PIN = new AuditedTable("supervisor_pin", "id");

  /** Who was at the counter: a shift moved to another cashier would move their sales too. */
  static final AuditedTable SHIFTS = new AuditedTable("shifts", "id");
  /** A cashier's PIN hash, like the supervisor's. */
  static final AuditedTable CASHIERS = new AuditedTable("cashiers", "name");

  /** Every audited table; a new table that holds money or its history registers here. */
  static final List<AuditedTable> ALL = List.of(PAYMENTS, EXTERNAL_ID_SEQUENCE, CANCELS, REFUNDS,
      SUPERVISOR_PIN,
      SHIFTS, CASHIERS);

  AuditedTable {
    if (!name.matches("[a-z_]+") || !keyColumn.matches("[a-z_]+")) {
      throw new IllegalArgumentException(
          "audited table and key names are plain identifiers: " + name);
    }
  }
}
