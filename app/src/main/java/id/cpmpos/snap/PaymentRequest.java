package id.cpmpos.snap;

import com.fasterxml.jackson.databind.JsonNode;

/** qr-cpm-payment (service 60) request body; field names as in the spec's samples. */
public record PaymentRequest(
    String partnerReferenceNo,
    String qrContent,
    Amount amount,
    Amount feeAmount,
    String merchantId,
    String subMerchantId,
    String title,
    String expiryTime,
    JsonNode items,
    String externalStoreId,
    String merchantName,
    String merchantLocation,
    String acquirerName,
    String terminalId,
    ScannerInfo scannerInfo,
    JsonNode additionalInfo) implements SnapRequest {}
