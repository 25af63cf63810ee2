package id.cpmpos.snap;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

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
    JsonNode additionalInfo) implements SnapRequest {

  /** Both references are "O", but a query that names neither cannot find anything. */
  @Override
  public Optional<FieldViolation> violation() {
    return new FieldRules()
        .atLeastOne("originalPartnerReferenceNo", originalPartnerReferenceNo, originalReferenceNo)
        .optional("originalReferenceNo", originalReferenceNo, 64)
        .optional("originalPartnerReferenceNo", originalPartnerReferenceNo, 64)
        .optional("originalExternalId", originalExternalId, 32)
        .optional("merchantId", merchantId, 64)
        .optional("subMerchantId", subMerchantId, 32)
        .optional("externalStoreId", externalStoreId, 64)
        .first();
  }
}
