package id.cpmpos.journal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One payment of a day as the report's CSV lists it: the sale, when it was paid (null if never),
 * its shift and cashier, what was refunded of it and where its cancel stands (null if none).
 */
public record ReportLine(String partnerReferenceNo, String referenceNo, BigDecimal amount, String currency,
    PaymentState state, String responseCode, OffsetDateTime createdAt, OffsetDateTime paidAt, Long shiftId,
    String cashier, BigDecimal refunded, ActionState cancel) {}
