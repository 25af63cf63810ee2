package id.cpmpos.snap;

/** The bodies of the spec's samples, copied verbatim (one typo fixed, see {@link #QUERY_REQUEST}). */
final class SpecSamples {
  private SpecSamples() {}

  static final String GENERATE_REQUEST = """
      {
      "partnerReferenceNo":"2020102900000000000001",
      "userAccessToken":"xxxxxx",
      "merchantId":"00007100010926",
      "subMerchantId":"310928924949487",
      "partnerTrxDate":"2020-12-23T07:50:11+07:00",
      "additionalInfo":{
      "deviceId":"12345679237",
      "channel":"mobilephone"
      }
      }""";

  static final String GENERATE_RESPONSE = """
      {
      "responseCode":"2005900",
      "responseMessage":"Request has been processed successfully",
      "referenceNo":"2020102977770000000009",
      "partnerReferenceNo":"2020102900000000000001",
      "qrContent":"hduvY...",
      "qrUrl":"PL0001",
      "expiryTime":"60",
      "additionalInfo":{
      "deviceId":"12345679237",
      "channel":"mobilephone"
      }
      }""";

  static final String PAYMENT_REQUEST = """
      {
      "partnerReferenceNo":"2020102900000000000001",
      "qrContent":"hduvY...",
      "amount":{
      "value":"12345678.00",
      "currency":"IDR"
      },
      "feeAmount":{
      "value":"12345678.00",
      "currency":"IDR"
      },
      "merchantId":"00007100010926",
      "subMerchantId":"310928924949487",
      "title":"example",
      "expiryTime":"60",
      "items":{
      "productId":"12345",
      "productName":"goods A",
      "qty":"6",
      "desc":"barang"
      },
      "externalStoreId":"abcd",
      "merchantName":"Merchant01",
      "merchantLocation":"Jakarta Indonesia",
      "acquirerName":"LinkAja",
      "terminalId":"6476378",
      "scannerInfo":{
      "deviceId":"46252",
      "deviceVersion":"v.1.0",
      "deviceModel":"Scanner",
      "deviceIp":"172.24.281.24"
      },
      "additionalInfo":{
      "deviceId":"12345679237",
      "channel":"mobilephone"
      }
      }""";

  static final String PAYMENT_RESPONSE = """
      {
      "responseCode":"2006000",
      "responseMessage":"Request has been processed successfully",
      "referenceNo":"2020102977770000000009",
      "partnerReferenceNo":"2020102900000000000001",
      "transactionDate":"2020-12-23T07:54:11+07:00",
      "additionalInfo":{
      "deviceId":"12345679237",
      "channel":"mobilephone"
      }
      }""";

  /** The spec writes {@code " originalExternalId"} with a leading space, a typo fixed here. */
  static final String QUERY_REQUEST = """
      {
      "originalReferenceNo":"2020102977770000000009",
      "originalPartnerReferenceNo":"2020102900000000000001",
      "originalExternalId":"10052019",
      "merchantId":"00007100010926",
      "subMerchantId":"310928924949487",
      "externalStoreId":"124928924949487",
      "additionalInfo":{
      "deviceId":"12345679237",
      "channel":"mobilephone"
      }
      }""";

  static final String QUERY_RESPONSE = """
      {
      "responseCode":"2006100",
      "responseMessage":"Request has been processed successfully",
      "originalReferenceNo":"2020102977770000000009",
      "originalPartnerReferenceNo":"2020102900000000000001",
      "originalExternalId":"10052019",
      "title":"example",
      "latestTransactionStatus":"00",
      "transactionStatusDesc":"success",
      "paidTime":"2020-12-23T08:04:11+07:00",
      "additionalInfo":{
      "deviceId":"12345679237",
      "channel":"mobilephone"
      }
      }""";

  static final String CANCEL_REQUEST = """
      {
      "originalPartnerReferenceNo":"2020102900000000000001",
      "originalReferenceNo":"2020102977770000000009",
      "originalExternalId":"30443786930722726463280097920912",
      "merchantId":"00007100010926",
      "subMerchantId":"310928924949487",
      "externalStoreId":"124928924949487",
      "amount":{
      "value":"10000.00",
      "currency":"IDR"
      },
      "reason":"cancel reason",
      "additionalInfo":{
      "deviceId":"12345679237",
      "channel":"mobilephone"
      }
      }""";

  static final String CANCEL_RESPONSE = """
      {
      "responseCode":"2006200",
      "responseMessage":"Request has been processed successfully",
      "originalPartnerReferenceNo":"2020102900000000000001",
      "originalReferenceNo":"2020102977770000000009",
      "originalExternalId":"30443786930722726463280097920912",
      "cancelTime":"2020-12-21T17:07:25+07:00",
      "transactionDate":"2020-12-21T17:55:11+07:00",
      "additionalInfo":{
      "deviceId":"12345679237",
      "channel":"mobilephone"
      }
      }""";

  static final String NOTIFY_REQUEST = """
      {
      "originalPartnerReferenceNo":"2020102900000000000001",
      "originalReferenceNo":"2020102977770000000009",
      "merchantId":"00007100010926",
      "subMerchantId":"310928924949487",
      "externalStoreId":"124928924949487",
      "amount":{
      "value":"50000.00",
      "currency":"IDR"
      },
      "latestTransactionStatus":"00",
      "transactionStatusDesc":"success",
      "customerNumber":"6281388370001",
      "accountType":"tabungan",
      "destinationNumber":"8377388292",
      "destinationAccountName":"John Doe",
      "sessionID":"0UYEB77329002HY",
      "bankCode":"002",
      "additionalInfo":{
      "deviceId":"12345679237",
      "channel":"mobilephone"
      }
      }""";

  static final String NOTIFY_RESPONSE = """
      {
      "responseCode":"2007900",
      "responseMessage":"Request has been processed successfully",
      "additionalInfo":{
      "deviceId":"12345679237",
      "channel":"mobilephone"
      }
      }""";

  static final String REFUND_REQUEST = """
      {
      "merchantId":"00007100010926",
      "subMerchantId":"310928924949487",
      "externalStoreId":"124928924949487",
      "originalPartnerReferenceNo":"2020102900000000000001",
      "originalReferenceNo":"2020102977770000000009",
      "originalExternalId":"10052019",
      "partnerRefundNo":"239850918204981205970",
      "refundAmount":{
      "value":"10000.00",
      "currency":"IDR"
      },
      "reason":"Customer complain",
      "additionalInfo":null
      }""";

  static final String REFUND_RESPONSE = """
      {
      "responseCode":"2008000",
      "responseMessage":"Request has been processed successfully",
      "originalPartnerReferenceNo":"2020102900000000000001",
      "originalReferenceNo":"2020102977770000000009",
      "originalExternalId":"10052019",
      "refundNo":"REF993883",
      "partnerRefundNo":"239850918204981205970",
      "refundAmount":{
      "value":"10000.00",
      "currency":"IDR"
      },
      "refundTime":"2020-12-21T17:21:41+07:00",
      "additionalInfo":null
      }""";

  /** The B2B token request (service 73), as app/PROTOCOL.md describes it. */
  static final String TOKEN_REQUEST = "{\"grantType\":\"client_credentials\"}";

  static final String TOKEN_RESPONSE = """
      {"responseCode":"2007300","responseMessage":"Successful","accessToken":"eyJhbGciOiJIUzI1NiJ9.e30.x",
      "tokenType":"Bearer","expiresIn":"900"}""";
}
