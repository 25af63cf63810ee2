package id.cpmpos.snap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The spec's field tables (M/O/C, lengths, amounts, times) checked before anything is sent. */
class ValidationTest {
  final ObjectMapper json = SnapJson.mapper();

  static PaymentRequest payment(String ref, String qr, Amount amount, String merchantId,
      String expiry) {
    return new PaymentRequest(ref, qr, amount, null, merchantId, null, null, expiry, null, null,
        null, null, null,
        "T1", new ScannerInfo("D1", "1.0", "wedge", "10.0.0.1"), null);
  }

  static PaymentRequest validPayment() {
    return payment("P1", "AAAA", Amount.idr(new BigDecimal("10000")), "M1",
        "2020-12-23T07:55:11+07:00");
  }

  static void assertViolation(String expectedMessage, String expectedCase, SnapRequest request) {
    Optional<FieldViolation> v = request.violation();
    assertTrue(v.isPresent(), "expected a violation: " + expectedMessage);
    assertEquals(expectedMessage, v.get().message());
    assertEquals(expectedCase, v.get().caseCode());
  }

  @Test
  void specSampleRequestsAreValidExceptThePaymentSamplesExpiryOf60() throws Exception {
    for (var sample : new Object[][]{
        {SpecSamples.GENERATE_REQUEST, GenerateRequest.class},
        {SpecSamples.QUERY_REQUEST, QueryRequest.class},
        {SpecSamples.CANCEL_REQUEST, CancelRequest.class},
        {SpecSamples.NOTIFY_REQUEST, NotifyRequest.class},
        {SpecSamples.REFUND_REQUEST, RefundRequest.class},
        {SpecSamples.TOKEN_REQUEST, TokenRequest.class}}) {
      SnapRequest request = (SnapRequest) json.readValue((String) sample[0], (Class<?>) sample[1]);
      assertEquals(Optional.empty(), request.violation(), sample[1].toString());
    }
    // The table says "string(25) ISO-8601"; the sample's "60" is not one. We follow the table.
    assertViolation("Invalid Field Format expiryTime", "01",
        json.readValue(SpecSamples.PAYMENT_REQUEST,
            PaymentRequest.class));
    assertEquals(Optional.empty(), validPayment().violation());
  }

  @Test
  void missingMandatoryFieldIsCase02NamingTheField() {
    assertViolation("Invalid Mandatory Field partnerReferenceNo", "02",
        payment(null, "AAAA", null, "M1", "2020-12-23T07:55:11+07:00"));
    assertViolation("Invalid Mandatory Field qrContent", "02",
        payment("P1", " ", null, "M1", "2020-12-23T07:55:11+07:00"));
    assertViolation("Invalid Mandatory Field merchantId", "02",
        payment("P1", "AAAA", null, "", "2020-12-23T07:55:11+07:00"));
    assertViolation("Invalid Mandatory Field expiryTime", "02",
        payment("P1", "AAAA", null, "M1", null));
    assertViolation("Invalid Mandatory Field partnerRefundNo", "02",
        new RefundRequest("M1", null, null, "P1", null, null, null, null, null, null));
    assertViolation("Invalid Mandatory Field originalPartnerReferenceNo", "02",
        new CancelRequest(null, "R1", null, null, null, null, null, null, null));
    assertViolation("Invalid Mandatory Field partnerTrxDate", "02",
        new GenerateRequest(null, null, null, null, null, null));
    assertViolation("Invalid Mandatory Field grantType", "02", new TokenRequest(null, null));
  }

  @Test
  void tooLongFieldIsCase01() {
    assertViolation("Invalid Field Format partnerReferenceNo", "01",
        payment("P".repeat(65), "AAAA", null, "M1", "2020-12-23T07:55:11+07:00"));
    assertEquals(Optional.empty(), payment("P".repeat(64), "Q".repeat(512), null, "M".repeat(64),
        "2020-12-23T07:55:11+07:00").violation());
    assertViolation("Invalid Field Format qrContent", "01",
        payment("P1", "Q".repeat(513), null, "M1", "2020-12-23T07:55:11+07:00"));
    assertViolation("Invalid Field Format reason", "01",
        new RefundRequest("M1", null, null, "P1", null, null, "RF1", null, "r".repeat(257), null));
    assertViolation("Invalid Field Format originalExternalId", "01",
        new QueryRequest(null, "P1", "1".repeat(33), null, null, null, null));
  }

  @Test
  void nestedFieldsAreNamedWithTheirParent() {
    PaymentRequest longDevice = new PaymentRequest("P1", "AAAA", null, null, "M1", null, null,
        "2020-12-23T07:55:11+07:00", null, null, null, null, null, null,
        new ScannerInfo("D".repeat(65), null, null, null), null);
    assertViolation("Invalid Field Format scannerInfo.deviceId", "01", longDevice);
  }

  @Test
  void amountsAreStringsWithExactlyTwoDecimalsAndAtMostSixteenIntegerDigits() {
    String expiry = "2020-12-23T07:55:11+07:00";
    for (String good : new String[]{"0.00", "10000.00", "1234567890123456.99"}) {
      assertEquals(Optional.empty(),
          payment("P1", "Q", new Amount(good, "IDR"), "M1", expiry).violation(), good);
    }
    for (String bad : new String[]{"10000", "10000.0", "10000.000", "10.000,00", "-1.00", "1e4",
        "12345678901234567.00",
        " 1.00", "+1.00"}) {
      assertViolation("Invalid Field Format amount.value", "01",
          payment("P1", "Q", new Amount(bad, "IDR"), "M1",
              expiry));
    }
    assertViolation("Invalid Mandatory Field amount.value", "02",
        payment("P1", "Q", new Amount(null, "IDR"), "M1", expiry));
  }

  @Test
  void currencyIsAnIso4217CodeInUpperCase() {
    String expiry = "2020-12-23T07:55:11+07:00";
    assertEquals(Optional.empty(),
        payment("P1", "Q", new Amount("1.00", "IDR"), "M1", expiry).violation());
    assertEquals(Optional.empty(),
        payment("P1", "Q", new Amount("1.00", "USD"), "M1", expiry).violation());
    for (String bad : new String[]{"idr", "Rp", "RUPIAH", "XYZ", "ID"}) {
      assertViolation("Invalid Field Format amount.currency", "01",
          payment("P1", "Q", new Amount("1.00", bad), "M1", expiry));
    }
    assertViolation("Invalid Mandatory Field refundAmount.currency", "02",
        new RefundRequest("M1", null, null, "P1", null, null, "RF1", new Amount("1.00", null), null,
            null));
  }

  @Test
  void timesAreIso8601WithAnOffset() {
    for (String good : new String[]{"2020-12-23T07:55:11+07:00", "2020-12-23T00:55:11Z",
        "2020-12-23T07:55:11+08:00"}) {
      assertEquals(Optional.empty(), payment("P1", "Q", null, "M1", good).violation(), good);
    }
    for (String bad : new String[]{"60", "2020-12-23T07:55:11", "2020-12-23 07:55:11+07:00",
        "20201223075511",
        "2020-12-23T07:55:11.123+07:00"}) { // string(25): no room for milliseconds
      assertViolation("Invalid Field Format expiryTime", "01", payment("P1", "Q", null, "M1", bad));
    }
    // partnerTrxDate is string(64), so milliseconds fit there.
    assertEquals(Optional.empty(),
        new GenerateRequest(null, null, null, null, "2020-12-23T07:55:11.123+07:00", null)
            .violation());
  }

  @Test
  void conditionsTheSpecLeavesImplicitAreChecked() {
    assertViolation("Invalid Mandatory Field originalPartnerReferenceNo", "02",
        new QueryRequest(null, null, "1", "M1", null, null, null));
    assertEquals(Optional.empty(),
        new QueryRequest("R1", null, null, null, null, null, null).violation());
    NotifyRequest noStatus = new NotifyRequest("P1", null, "M1", null, null, null, null, null, null,
        null, null, null,
        null, null, null);
    assertViolation("Invalid Mandatory Field latestTransactionStatus", "02", noStatus);
    NotifyRequest badStatus = new NotifyRequest("P1", null, "M1", null, null, null, "08", null,
        null, null, null,
        null, null, null, null);
    assertViolation("Invalid Field Format latestTransactionStatus", "01", badStatus);
  }

  @Test
  void violationCarriesTheCodeAProviderAnswers() {
    FieldViolation v = FieldViolation.mandatory("merchantId");
    assertEquals("4006002", v.responseCode(SnapService.PAYMENT).toString());
    assertEquals("4007901",
        FieldViolation.format("amount.value").responseCode(SnapService.NOTIFY).toString());
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> payment(null, "Q", null, "M1", "2020-12-23T07:55:11+07:00").validate());
    assertEquals("Invalid Mandatory Field partnerReferenceNo", e.getMessage());
    assertEquals("02", e.violation().caseCode());
  }
}
