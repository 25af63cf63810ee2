package id.cpmpos.snap;

import com.fasterxml.jackson.databind.JsonNode;

/** qr-cpm-generate (service 59) response: the one-time CPM QR the wallet shows. */
public record GenerateResponse(
    String responseCode,
    String responseMessage,
    String referenceNo,
    String partnerReferenceNo,
    String qrContent,
    String qrUrl,
    String expiryTime,
    JsonNode additionalInfo) implements SnapResponse {}
