package id.cpmpos.snap;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** qr-cpm-generate (service 59) request: called by the customer's wallet, never by the terminal. */
public record GenerateRequest(
    String partnerReferenceNo,
    String userAccessToken,
    String merchantId,
    String subMerchantId,
    String partnerTrxDate,
    JsonNode additionalInfo) implements SnapRequest {

  /** partnerTrxDate is string(64) in the table; the sample is ISO-8601 with offset, so that is checked. */
  @Override
  public Optional<FieldViolation> violation() {
    return new FieldRules()
        .optional("partnerReferenceNo", partnerReferenceNo, 64)
        .optional("userAccessToken", userAccessToken, 64)
        .optional("merchantId", merchantId, 64)
        .optional("subMerchantId", subMerchantId, 32)
        .mandatoryTime("partnerTrxDate", partnerTrxDate, 64)
        .first();
  }
}
