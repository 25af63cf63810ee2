package id.cpmpos.journal;

import java.time.OffsetDateTime;

/**
 * One SNAP call made for a payment and what came of it. {@code outcome} is ANSWERED, NOT_SENT or
 * UNKNOWN; {@code actionKey} names the refund for refund calls.
 */
public record CallRecord(
    String partnerReferenceNo,
    String service,
    String actionKey,
    String outcome,
    Integer httpStatus,
    String responseCode,
    String responseMessage,
    OffsetDateTime at) {}
