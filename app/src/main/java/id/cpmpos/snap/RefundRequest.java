package id.cpmpos.snap;

import com.fasterxml.jackson.databind.JsonNode;

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
    JsonNode additionalInfo) implements SnapRequest {}
