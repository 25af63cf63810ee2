package id.cpmpos.snap;

import com.fasterxml.jackson.databind.JsonNode;

/** qr-cpm-query (service 61) request. (The spec's sample spells " originalExternalId" with a space: a typo.) */
public record QueryRequest(
    String originalReferenceNo,
    String originalPartnerReferenceNo,
    String originalExternalId,
    String merchantId,
    String subMerchantId,
    String externalStoreId,
    JsonNode additionalInfo) {}
