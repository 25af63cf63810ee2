package id.cpmpos.report;

import java.math.BigDecimal;

/**
 * One thing that happened to money, as a report counts it: a sale paid, cancelled or refunded, or a
 * sale that was declined, never sent or is still pending. Whatever the store (this terminal's SQLite
 * journal, or the head office's copy of many terminals), a report is these folded into {@link Totals}.
 *
 * @param amount the money moved (the refund's amount for a refund, the sale's otherwise)
 * @param shiftId the shift open when it was asked for, null when none was
 * @param cashier that shift's cashier, null when no shift was open
 */
public record Movement(Kind kind, BigDecimal amount, Long shiftId, String cashier) {
  public enum Kind {
    /** The provider approved the sale (counted whatever happened to it later). */
    PAID,
    /** A paid sale reversed by a cancel that succeeded. */
    CANCELLED,
    /** A refund, partial or full, that succeeded. */
    REFUNDED,
    /** The provider refused the sale: nothing charged. */
    DECLINED,
    /** Nothing reached the provider, or the provider never booked it (NOT_CHARGED): nothing charged. */
    NOT_SENT,
    /** The outcome is not known yet. */
    PENDING
  }
}
