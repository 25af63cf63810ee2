package id.cpmpos.snap;

import com.fasterxml.jackson.databind.JsonNode;

/** qr-cpm-cancel (service 62) response. */
public record CancelResponse(
    String responseCode,
    String responseMessage,
    String originalPartnerReferenceNo,
    String originalReferenceNo,
    String originalExternalId,
    String cancelTime,
    String transactionDate,
    JsonNode additionalInfo) implements SnapResponse {}
