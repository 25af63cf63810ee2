package id.cpmpos.snap;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * qr-cpm-query (service 61) request. The spec's sample spells {@code " originalExternalId"} with a
 * leading space (a typo) and its table capitalises {@code externalStoreID}; the sample's lower camel
 * case is what we send, the table's spelling is accepted when reading.
 */
public record QueryRequest(
    String originalReferenceNo,
    String originalPartnerReferenceNo,
    String originalExternalId,
    String merchantId,
    String subMerchantId,
    @JsonAlias("externalStoreID") String externalStoreId,
    JsonNode additionalInfo) implements SnapRequest {}
