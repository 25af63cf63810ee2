package id.cpmpos.journal;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a payment stands in this terminal's journal. Every state tells the sync worker what to do
 * after a crash; a transition not listed here is a bug, and the journal refuses it.
 */
public enum PaymentState {
  /** Intent committed; the request may or may not have left. After a crash: query. */
  SENDING("01"),
  /** The provider's answer is missing or in progress. Query until final; never re-send. */
  UNKNOWN("03"),
  /** Final: paid. */
  APPROVED("00"),
  /** Final: the provider refused it; nothing was charged. */
  DECLINED("06"),
  /** Final: nothing reached the provider; the cashier may try again with a new reference. */
  NOT_SENT("06");

  private final String latestTransactionStatus;

  PaymentState(String latestTransactionStatus) {
    this.latestTransactionStatus = latestTransactionStatus;
  }

  /** The spec's two-digit {@code latestTransactionStatus} for this state. */
  public String latestTransactionStatus() {
    return latestTransactionStatus;
  }

  public boolean isFinal() {
    return this == APPROVED || this == DECLINED || this == NOT_SENT;
  }

  public boolean canMoveTo(PaymentState next) {
    return next != this && allowedNext().contains(next);
  }

  private Set<PaymentState> allowedNext() {
    return switch (this) {
      case SENDING -> EnumSet.of(UNKNOWN, APPROVED, DECLINED, NOT_SENT);
      case UNKNOWN -> EnumSet.of(APPROVED, DECLINED);
      case APPROVED, DECLINED, NOT_SENT -> EnumSet.noneOf(PaymentState.class);
    };
  }
}
