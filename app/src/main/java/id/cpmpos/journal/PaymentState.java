package id.cpmpos.journal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a payment stands in this terminal's journal. Every state tells the sync worker what to do
 * after a crash; a transition not listed here is a bug, and the journal refuses it.
 */
public enum PaymentState implements RowState<PaymentState> {
  /** Intent committed; the request may or may not have left. After a crash: query. */
  SENDING("01"),
  /** The provider's answer is missing or in progress. Query until final; never re-send. */
  UNKNOWN("03"),
  /** Final: paid. */
  APPROVED("00"),
  /** Final: the provider refused it; nothing was charged. */
  DECLINED("06"),
  /** Final: nothing reached the provider; the cashier may try again with a new reference. */
  NOT_SENT("06"),
  /**
   * Final: the provider never booked it (it still did not know it after the request had expired),
   * so nothing was charged. Not a decline: nobody refused the customer.
   */
  NOT_CHARGED("07"),
  /** Final: paid, then reversed by a cancel. */
  CANCELLED("05"),
  /** Final: paid, then refunded in full (a partial refund leaves it APPROVED). */
  REFUNDED("04");

  private final String latestTransactionStatus;

  PaymentState(String latestTransactionStatus) {
    this.latestTransactionStatus = latestTransactionStatus;
  }

  /** The spec's two-digit {@code latestTransactionStatus} for this state. */
  public String latestTransactionStatus() {
    return latestTransactionStatus;
  }

  public boolean isFinal() {
    return this != SENDING && this != UNKNOWN;
  }

  /**
   * The state a provider's {@code latestTransactionStatus} settles a payment in: 00, 04, 05 and 06
   * are final; 01–03 mean it is still in flight; 07 (not found) and anything else settle nothing.
   */
  public static Optional<PaymentState> fromLatestTransactionStatus(String status) {
    return Optional.ofNullable(status == null ? null : switch (status) {
      case "00" -> APPROVED;
      case "04" -> REFUNDED;
      case "05" -> CANCELLED;
      case "06" -> DECLINED;
      case "01", "02", "03" -> UNKNOWN;
      default -> null;
    });
  }

  @Override
  public boolean canMoveTo(PaymentState next) {
    return next != this && allowedNext().contains(next);
  }

  private Set<PaymentState> allowedNext() {
    return switch (this) {
      case SENDING -> EnumSet.of(UNKNOWN, APPROVED, DECLINED, NOT_SENT, NOT_CHARGED, CANCELLED);
      case UNKNOWN -> EnumSet.of(APPROVED, DECLINED, NOT_CHARGED, CANCELLED, REFUNDED);
      // A reversal is the only way out of a paid state; nothing ever leads back into one.
      case APPROVED -> EnumSet.of(CANCELLED, REFUNDED);
      case DECLINED, NOT_SENT, NOT_CHARGED, CANCELLED, REFUNDED ->
        EnumSet.noneOf(PaymentState.class);
    };
  }
}
