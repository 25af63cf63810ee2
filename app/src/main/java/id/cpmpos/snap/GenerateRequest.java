package id.cpmpos.snap;

import com.fasterxml.jackson.databind.JsonNode;

/** qr-cpm-generate (service 59) request: called by the customer's wallet, never by the terminal. */
public record GenerateRequest(
    String partnerReferenceNo,
    String userAccessToken,
    String merchantId,
    String subMerchantId,
    String partnerTrxDate,
    JsonNode additionalInfo) implements SnapRequest {}
