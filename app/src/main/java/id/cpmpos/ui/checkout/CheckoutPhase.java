package id.cpmpos.ui.checkout;

import java.util.Locale;

/** What the checkout screen is showing. */
public enum CheckoutPhase {
  READY, WORKING, APPROVED, DECLINED, PENDING, NOT_SENT, INVALID,
  /** The provider never booked the payment (it was pending until its outcome was certain): not charged. */
  NOT_CHARGED,
  /** The cashier gave up on a pending payment; a cancel is queued in case it went through. */
  ABANDONED;

  /** The CSS class of the result panel in this phase. */
  public String styleClass() {
    return "phase-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
