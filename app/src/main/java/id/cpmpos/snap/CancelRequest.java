package id.cpmpos.snap;

import com.fasterxml.jackson.databind.JsonNode;

/** qr-cpm-cancel (service 62) request. */
public record CancelRequest(
    String originalPartnerReferenceNo,
    String originalReferenceNo,
    String originalExternalId,
    String merchantId,
    String subMerchantId,
    String externalStoreId,
    Amount amount,
    String reason,
    JsonNode additionalInfo) {}
