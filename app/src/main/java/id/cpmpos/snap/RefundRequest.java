package id.cpmpos.snap;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** qr-cpm-refund (service 80) request; idempotent by {@code partnerRefundNo}. */
public record RefundRequest(
    String merchantId,
    String subMerchantId,
    String externalStoreId,
    String originalPartnerReferenceNo,
    String originalReferenceNo,
    String originalExternalId,
    String partnerRefundNo,
    Amount refundAmount,
    String reason,
    JsonNode additionalInfo) implements SnapRequest {

  @Override
  public Optional<FieldViolation> violation() {
    return new FieldRules()
        .mandatory("merchantId", merchantId, 64)
        .optional("subMerchantId", subMerchantId, 32)
        .optional("externalStoreId", externalStoreId, 64)
        .mandatory("originalPartnerReferenceNo", originalPartnerReferenceNo, 64)
        .optional("originalReferenceNo", originalReferenceNo, 64)
        .optional("originalExternalId", originalExternalId, 32)
        .mandatory("partnerRefundNo", partnerRefundNo, 64)
        .optionalAmount("refundAmount", refundAmount)
        .optional("reason", reason, 256)
        .first();
  }
}
