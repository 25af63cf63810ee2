package id.cpmpos.snap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.snap.ResponseCatalogue.Category;
import id.cpmpos.snap.ResponseCatalogue.Entry;
import id.cpmpos.snap.ResponseCatalogue.Outcome;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ResponseCatalogueTest {
  final ResponseCatalogue catalogue = ResponseCatalogue.standard();

  /** The spec's table, copied row by row: category | HTTP | case | response message. */
  static final List<String> SPEC_ROWS = List.of(
      "Success|200|00|Successful",
      "Success|202|00|Request In Progress",
      "System|400|00|Bad Request",
      "Message|400|01|Invalid Field Format {field name}",
      "Message|400|02|Invalid Mandatory Field {field name}",
      "System|401|00|Unauthorized. [reason]",
      "System|401|01|Invalid Token (B2B)",
      "System|401|02|Invalid Customer Token",
      "System|401|03|Token Not Found (B2B)",
      "System|401|04|Customer Token Not Found",
      "Business|403|00|Transaction Expired",
      "System|403|01|Feature Not Allowed [Reason]",
      "Business|403|02|Exceeds Transaction Amount Limit",
      "Business|403|03|Suspected Fraud",
      "Business|403|04|Activity Count Limit Exceeded",
      "Business|403|05|Do Not Honor",
      "System|403|06|Feature Not Allowed At This Time. [reason]",
      "Business|403|07|Card Blocked",
      "Business|403|08|Card Expired",
      "Business|403|09|Dormant Account",
      "Business|403|10|Need To Set Token Limit",
      "System|403|11|OTP Blocked",
      "System|403|12|OTP Lifetime Expired",
      "System|403|13|OTP Sent To Cardholer",
      "Business|403|14|Insufficient Funds",
      "Business|403|15|Transaction Not Permitted.[reason]",
      "Business|403|16|Suspend Transaction",
      "Business|403|17|Token Limit Exceeded",
      "Business|403|18|Inactive Card/Account/Customer",
      "Business|403|19|Merchant Blacklisted",
      "Business|403|20|Merchant Limit Exceed",
      "Business|403|21|Set Limit Not Allowed",
      "Business|403|22|Token Limit Invalid",
      "Business|403|23|Account Limit Exceed",
      "Business|404|00|Invalid Transaction Status",
      "Business|404|01|Transaction Not Found",
      "System|404|02|Invalid Routing",
      "System|404|03|Bank Not Supported By Switch",
      "Business|404|04|Transaction Cancelled",
      "Business|404|05|Merchant Is Not Registered For Card Registration Services",
      "System|404|06|Need To Request OTP",
      "System|404|07|Journey Not Found",
      "Business|404|08|Invalid Merchant",
      "Business|404|09|No Issuer",
      "System|404|10|Invalid API Transition",
      "Business|404|11|Invalid Card/Account/Customer [info]/Virtual Account",
      "Business|404|12|Invalid Bill/Virtual Account [Reason]",
      "Business|404|13|Invalid Amount",
      "Business|404|14|Paid Bill",
      "System|404|15|Invalid OTP",
      "Business|404|16|Partner Not Found",
      "Business|404|17|Invalid Terminal",
      "Business|404|18|Inconsistent Request",
      "Business|404|19|Invalid Bill/Virtual Account",
      "System|405|00|Requested Function Is Not Supported",
      "Business|405|01|Requested Opearation Is Not Allowed",
      "System|409|00|Conflict",
      "System|409|01|Duplicate partnerReferenceNo",
      "System|429|00|Too Many Requests",
      "System|500|00|General Error",
      "System|500|01|Internal Server Error",
      "System|500|02|External Server Error",
      "System|504|00|Timeout");

  static Entry lookup(String code) {
    return ResponseCatalogue.standard().lookup(ResponseCode.parse(code).orElseThrow());
  }

  @Test
  void everyRowOfTheSpecsTableIsHeldWithItsCategoryAndMessage() {
    for (String row : SPEC_ROWS) {
      String[] f = row.split("\\|");
      Entry entry = catalogue.find(Integer.parseInt(f[1]), f[2])
          .orElseThrow(() -> new AssertionError(row));
      assertEquals(Category.valueOf(f[0].toUpperCase(Locale.ROOT)), entry.category(), row);
      assertEquals(f[3], entry.message(), row);
      assertFalse(entry.description().isBlank(), row);
      assertTrue(entry.listed(), row);
    }
    assertEquals(SPEC_ROWS.size(), catalogue.entries().size(), "no rows beyond the spec's");
  }

  @Test
  void bothBundlesHaveAPlainMessageForEveryRowAndEveryHttpClass() throws Exception {
    Properties id = bundle("assets/i18n/responses.properties");
    Properties en = bundle("assets/i18n/responses_en.properties");
    List<String> keys = new ArrayList<>(List.of("response.2xx", "response.4xx", "response.5xx"));
    catalogue.entries().forEach(e -> keys.add(e.messageKey()));
    for (String key : keys) {
      assertFalse(id.getProperty(key, "").isBlank(), "Bahasa Indonesia lacks " + key);
      assertFalse(en.getProperty(key, "").isBlank(), "English lacks " + key);
      assertNotEquals(id.getProperty(key), en.getProperty(key), key + " is not translated");
      assertTrue(en.getProperty(key).length() <= 100, key + " is too long for a cashier's screen");
    }
    assertEquals(keys.size(), id.size(), "no stray keys in responses.properties");
    assertEquals(keys.size(), en.size(), "no stray keys in responses_en.properties");
  }

  static Properties bundle(String resource) throws Exception {
    Properties p = new Properties();
    try (InputStream in = ResponseCatalogueTest.class.getClassLoader()
        .getResourceAsStream(resource)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void cashierMessageIsInBahasaByDefaultAndEnglishOnRequest() {
    ResponseCode insufficient = ResponseCode.parse("4036014").orElseThrow();
    assertTrue(
        catalogue.cashierMessage(insufficient, Locale.forLanguageTag("id")).startsWith("Saldo"));
    assertTrue(catalogue.cashierMessage(insufficient, Locale.ENGLISH).contains("balance"));
    assertTrue(catalogue.cashierMessage(ResponseCode.parse("4186099").orElseThrow(), Locale.ENGLISH)
        .startsWith("The provider refused"));
  }

  @Test
  void successAndRefusalsAreFinal() {
    assertEquals(Outcome.SUCCESS, lookup("2006000").outcome());
    assertEquals(Outcome.FAILURE, lookup("4036014").outcome()); // insufficient funds
    assertEquals(Outcome.FAILURE, lookup("4006002").outcome());
    assertEquals(Outcome.FAILURE, lookup("4016000").outcome()); // our credentials are wrong
    assertEquals(Outcome.FAILURE, lookup("4046101").outcome()); // query: no such transaction
    assertEquals(Outcome.FAILURE, lookup("4058001").outcome()); // refund outside its window
  }

  @Test
  void rejectionsAtTheGateAreRetryable() {
    for (String code : new String[]{"4016001", "4016003", "4096000", "4296000", "4036006"}) {
      assertEquals(Outcome.RETRYABLE, lookup(code).outcome(), code);
      assertFalse(lookup(code).outcome().isFinal(), code);
    }
  }

  @Test
  void answersThatLeaveTheMoneyInDoubtAreUnknown() {
    for (String code : new String[]{"2026000", "4096001", "5006000", "5006001", "5006002",
        "5046000", "4036013",
        "4036016"}) {
      assertEquals(Outcome.UNKNOWN, lookup(code).outcome(), code);
    }
  }

  @Test
  void inconsistentRequestFailsAPaymentButCountsAsDoneForARefundOrCancel() {
    assertEquals(Outcome.FAILURE, lookup("4046018").outcome());
    assertEquals(Outcome.SUCCESS, lookup("4048018").outcome());
    assertEquals(Outcome.SUCCESS, lookup("4046218").outcome());
  }

  @Test
  void codesOutsideTheTableAreJudgedByTheirHttpClass() {
    Entry odd2xx = lookup("2006099");
    assertFalse(odd2xx.listed());
    assertEquals(Outcome.UNKNOWN, odd2xx.outcome());
    assertEquals("response.2xx", odd2xx.messageKey());
    // A 4xx the table lacks is not proof that nothing happened: unknown, settled by a query.
    assertEquals(Outcome.UNKNOWN, lookup("4186001").outcome());
    assertEquals("response.4xx", lookup("4186001").messageKey());
    assertEquals(Outcome.UNKNOWN, lookup("5036000").outcome());
    assertEquals("response.5xx", lookup("5036000").messageKey());
    assertEquals(Outcome.UNKNOWN, lookup("3026000").outcome());
    assertEquals("response.5xx", lookup("3026000").messageKey());
  }

  @Test
  void theRowsTheCodeReliesOnAreListed() {
    // FieldViolation answers 400 01/02, SnapClient refreshes its token on 401 01, lookup() turns
    // 404 18 into a success for reversals, a query's "not found" is 404 01.
    for (String code : new String[]{"400-01", "400-02", "401-01", "404-01", "404-18", "409-00"}) {
      String[] f = code.split("-");
      assertTrue(catalogue.find(Integer.parseInt(f[0]), f[1]).isPresent(), code);
    }
  }

  @Test
  void aLineThatIsNotARowStopsTheLoadAndNamesTheLine() {
    List<String> good = List.of("# a note", "",
        "200\t00\tSUCCESS\tSUCCESS\tSuccessful\tSuccessful");
    assertEquals(1, ResponseCatalogue.parse(good).entries().size());
    for (String bad : new String[]{"200\t00\tSUCCESS\tSUCCESS\tSuccessful",
        "200\t00\tSUCCESS\tMAYBE\tSuccessful\tSuccessful",
        "2x0\t00\tSUCCESS\tSUCCESS\tSuccessful\tSuccessful",
        "200\t0\tSUCCESS\tSUCCESS\tSuccessful\tSuccessful",
        "200\t00\tSUCCESS\tSUCCESS\t\tSuccessful"}) {
      List<String> lines = List.of("# a note", bad);
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> ResponseCatalogue.parse(lines), bad);
      assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }
    List<String> twice = List.of(good.get(2), good.get(2));
    assertThrows(IllegalStateException.class, () -> ResponseCatalogue.parse(twice));
  }

  @Test
  void theCaseTableAppliesToEveryService() {
    for (SnapService s : SnapService.values()) {
      assertEquals("Insufficient Funds", catalogue.lookup(ResponseCode.of(403, s, "14")).message(),
          s.name());
    }
  }
}
