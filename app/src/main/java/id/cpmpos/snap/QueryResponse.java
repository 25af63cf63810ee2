package id.cpmpos.snap;

import com.fasterxml.jackson.databind.JsonNode;

/** qr-cpm-query (service 61) response; {@code latestTransactionStatus} is 00–07. */
public record QueryResponse(
    String responseCode,
    String responseMessage,
    String originalReferenceNo,
    String originalPartnerReferenceNo,
    String originalExternalId,
    String title,
    String latestTransactionStatus,
    String transactionStatusDesc,
    String paidTime,
    JsonNode additionalInfo) implements SnapResponse {}
