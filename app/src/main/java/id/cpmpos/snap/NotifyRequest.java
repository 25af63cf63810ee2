package id.cpmpos.snap;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

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
    JsonNode additionalInfo) implements SnapRequest {}
