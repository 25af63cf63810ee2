package id.cpmpos.journal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The money rules over a payment and its reversals, in one place: the journal checks them in the
 * transaction that records a reversal, the sync worker before it sends one, and the screens and the
 * CLI before they offer one. What a provider's response code settles is the snap package's
 * {@code Verdict}.
 */
public final class PaymentRules {
  private PaymentRules() {}

  /** Why a payment may not be cancelled. */
  public enum CancelBar {
    /** Declined, not sent or never booked: nothing was charged, so there is nothing to reverse. */
    NOTHING_CHARGED,
    /** Refunded, in full or in part (a refund not refused counts): refund the rest instead. */
    REFUNDED
  }

  /** Refunded or on the way: every refund that the provider has not refused. */
  public static BigDecimal committedRefunds(List<RefundRecord> refunds) {
    return refunds.stream().filter(r -> r.state() != ActionState.REJECTED).map(RefundRecord::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** What the provider confirmed refunding. */
  public static BigDecimal refunded(List<RefundRecord> refunds) {
    return refunds.stream().filter(r -> r.state() == ActionState.SUCCEEDED)
        .map(RefundRecord::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * What may still be refunded: nothing unless the payment is paid (APPROVED: a partly refunded
   * payment stays APPROVED), else what was paid less every refund not refused.
   */
  public static BigDecimal refundable(PaymentRecord payment, List<RefundRecord> refunds) {
    if (payment.state() != PaymentState.APPROVED) {
      return BigDecimal.ZERO;
    }
    return payment.amount().subtract(committedRefunds(refunds)).max(BigDecimal.ZERO);
  }

  /**
   * Whether the refunds confirmed cover what was paid, so that the payment becomes REFUNDED.
   */
  public static boolean refundedInFull(PaymentRecord payment, List<RefundRecord> refunds) {
    return refunded(refunds).compareTo(payment.amount()) >= 0;
  }

  /**
   * Why a payment in {@code state} cannot be cancelled, by its state alone: only a payment that was
   * or may have been charged (SENDING, UNKNOWN, APPROVED; or CANCELLED already) has anything to reverse.
   */
  public static Optional<CancelBar> cancelBar(PaymentState state) {
    return switch (state) {
      case DECLINED, NOT_SENT, NOT_CHARGED -> Optional.of(CancelBar.NOTHING_CHARGED);
      case REFUNDED -> Optional.of(CancelBar.REFUNDED);
      case SENDING, UNKNOWN, APPROVED, CANCELLED -> Optional.empty();
    };
  }

  /** Why the payment cannot be cancelled, by its state and its refunds (any refund not refused bars it). */
  public static Optional<CancelBar> cancelBar(PaymentRecord payment, List<RefundRecord> refunds) {
    Optional<CancelBar> byState = cancelBar(payment.state());
    if (byState.isPresent()) {
      return byState;
    }
    return committedRefunds(refunds).signum() > 0
        ? Optional.of(CancelBar.REFUNDED)
        : Optional.empty();
  }

  /**
   * Whether a supervisor may be offered a cancel: nothing bars it, it is not cancelled already, and
   * no cancel is on its way (a refused one may be asked again).
   */
  public static boolean cancellable(PaymentRecord payment, List<RefundRecord> refunds,
      Optional<CancelRecord> cancel) {
    return cancelBar(payment, refunds).isEmpty() && payment.state() != PaymentState.CANCELLED
        && cancel.map(c -> c.state() == ActionState.REJECTED).orElse(true);
  }
}
