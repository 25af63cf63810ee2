package id.cpmpos.snap;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;

/** qr-cpm-notify (service 79) request: the provider tells the terminal a payment's final status. */
public record NotifyRequest(
    String originalPartnerReferenceNo,
    String originalReferenceNo,
    String merchantId,
    String subMerchantId,
    String externalStoreId,
    Amount amount,
    String latestTransactionStatus,
    String transactionStatusDesc,
    String customerNumber,
    String accountType,
    String destinationNumber,
    String destinationAccountName,
    @JsonProperty("sessionID") String sessionId,
    String bankCode,
    JsonNode additionalInfo) implements SnapRequest {

  /** 00 Success … 07 Not found, as listed in the spec. */
  public static final Set<String> TRANSACTION_STATUSES = Set.of("00", "01", "02", "03", "04", "05",
      "06", "07");

  /**
   * Checked by the terminal's notify receiver, which answers {@code 400790x}. Both references are
   * "O", but a notify that names neither cannot be applied to any payment.
   */
  @Override
  public Optional<FieldViolation> violation() {
    return new FieldRules()
        .atLeastOne("originalPartnerReferenceNo", originalPartnerReferenceNo, originalReferenceNo)
        .optional("originalPartnerReferenceNo", originalPartnerReferenceNo, 64)
        .optional("originalReferenceNo", originalReferenceNo, 64)
        .mandatory("merchantId", merchantId, 64)
        .optional("subMerchantId", subMerchantId, 32)
        .optional("externalStoreId", externalStoreId, 64)
        .optionalAmount("amount", amount)
        .mandatory("latestTransactionStatus", latestTransactionStatus, 2)
        .oneOf("latestTransactionStatus", latestTransactionStatus, TRANSACTION_STATUSES)
        .optional("transactionStatusDesc", transactionStatusDesc, 50)
        .optional("customerNumber", customerNumber, 64)
        .optional("accountType", accountType, 25)
        .optional("destinationNumber", destinationNumber, 25)
        .optional("destinationAccountName", destinationAccountName, 25)
        .optional("sessionID", sessionId, 25)
        .optional("bankCode", bankCode, 8)
        .first();
  }
}
