package id.cpmpos.journal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One thing the sync worker still has to finish: a payment to query, a cancel or a refund to send.
 * {@code key} is the payment's partnerReferenceNo, or the refund's partnerRefundNo.
 */
public record PendingAction(
    Kind kind,
    String key,
    String partnerReferenceNo,
    BigDecimal amount,
    String currency,
    OffsetDateTime createdAt,
    int attempts,
    long nextAttemptMillis) {

  public enum Kind {
    QUERY, CANCEL, REFUND
  }
}
