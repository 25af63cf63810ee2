package id.cpmpos.snap;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.JsonNode;

/** qr-cpm-cancel (service 62) request. The table capitalises {@code externalStoreID}; the sample does not. */
public record CancelRequest(
    String originalPartnerReferenceNo,
    String originalReferenceNo,
    String originalExternalId,
    String merchantId,
    String subMerchantId,
    @JsonAlias("externalStoreID") String externalStoreId,
    Amount amount,
    String reason,
    JsonNode additionalInfo) implements SnapRequest {}
