package id.cpmpos.snap;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

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
    JsonNode additionalInfo) implements SnapRequest {

  @Override
  public Optional<FieldViolation> violation() {
    return new FieldRules()
        .mandatory("originalPartnerReferenceNo", originalPartnerReferenceNo, 64)
        .optional("originalReferenceNo", originalReferenceNo, 64)
        .optional("originalExternalId", originalExternalId, 32)
        .optional("merchantId", merchantId, 64)
        .optional("subMerchantId", subMerchantId, 32)
        .optional("externalStoreId", externalStoreId, 64)
        .optionalAmount("amount", amount)
        .optional("reason", reason, 256)
        .first();
  }
}
