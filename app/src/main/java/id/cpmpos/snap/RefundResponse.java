package id.cpmpos.snap;

import com.fasterxml.jackson.databind.JsonNode;

/** qr-cpm-refund (service 80) response. */
public record RefundResponse(
    String responseCode,
    String responseMessage,
    String originalPartnerReferenceNo,
    String originalReferenceNo,
    String originalExternalId,
    String refundNo,
    String partnerRefundNo,
    Amount refundAmount,
    String refundTime,
    JsonNode additionalInfo) implements SnapResponse {}
