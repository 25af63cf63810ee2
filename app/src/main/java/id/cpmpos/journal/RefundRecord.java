package id.cpmpos.journal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One refund, partial or full, of a payment. */
public record RefundRecord(
    String partnerRefundNo,
    String partnerReferenceNo,
    String refundNo,
    BigDecimal amount,
    String currency,
    String reason,
    ActionState state,
    String responseCode,
    String responseMessage,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
