package id.cpmpos.snap;

import com.fasterxml.jackson.databind.JsonNode;

/** qr-cpm-payment (service 60) response body. */
public record PaymentResponse(
    String responseCode,
    String responseMessage,
    String referenceNo,
    String partnerReferenceNo,
    String transactionDate,
    JsonNode additionalInfo) implements SnapResponse {}
