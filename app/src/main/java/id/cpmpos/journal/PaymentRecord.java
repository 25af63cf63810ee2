package id.cpmpos.journal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One payment as the journal holds it. The raw QR content is never stored: only its SHA-256. */
public record PaymentRecord(
    String partnerReferenceNo,
    String referenceNo,
    BigDecimal amount,
    String currency,
    String qrHash,
    String terminalId,
    PaymentState state,
    String responseCode,
    String responseMessage,
    boolean training,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  public String latestTransactionStatus() {
    return state.latestTransactionStatus();
  }
}
