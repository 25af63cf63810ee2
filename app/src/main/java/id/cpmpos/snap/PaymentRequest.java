package id.cpmpos.snap;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

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
    JsonNode additionalInfo) implements SnapRequest {

  /**
   * The table of service 60. {@code amount} is "O" there and stays optional here (the terminal
   * always sends it). {@code expiryTime} is "M", typed "Numeric" but described as "string(25)
   * ISO-8601", and the sample shows "60": we follow the description, which every provider accepts.
   */
  @Override
  public Optional<FieldViolation> violation() {
    return new FieldRules()
        .mandatory("partnerReferenceNo", partnerReferenceNo, 64)
        .mandatory("qrContent", qrContent, 512)
        .optionalAmount("amount", amount)
        .optionalAmount("feeAmount", feeAmount)
        .mandatory("merchantId", merchantId, 64)
        .optional("subMerchantId", subMerchantId, 32)
        .optional("title", title, 256)
        .mandatoryTime("expiryTime", expiryTime, 25)
        .optional("externalStoreId", externalStoreId, 64)
        .optional("merchantName", merchantName, 64)
        .optional("merchantLocation", merchantLocation, 64)
        .optional("acquirerName", acquirerName, 64)
        .optional("terminalId", terminalId, 32)
        .scannerInfo(scannerInfo)
        .first();
  }
}
