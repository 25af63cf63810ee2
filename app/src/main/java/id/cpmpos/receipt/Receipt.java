package id.cpmpos.receipt;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * What a receipt says, taken from the journal: a sale, a refund of it, or its cancel.
 *
 * @param status the payment's or the refund's state name (APPROVED, REFUNDED, SUCCEEDED, …)
 * @param partnerRefundNo and {@code refundNo} for a refund only
 * @param cashier null when no shift was open
 */
public record Receipt(Kind kind, String merchantName, String merchantLocation, String terminalId,
    String cashier,
    OffsetDateTime at, BigDecimal amount, String currency, String partnerReferenceNo,
    String referenceNo,
    String partnerRefundNo, String refundNo, String status, boolean training) {

  public enum Kind {
    PAYMENT, REFUND, CANCEL
  }
}
