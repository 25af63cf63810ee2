package id.cpmpos.snap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a response code settles: one table for the payment, the query and the reversals. */
class VerdictTest {

  private static Verdict of(String code) {
    return Verdict.of(ResponseCode.parse(code).orElseThrow());
  }

  @Test
  void onlyTheProvidersDecisionIsFinal() {
    assertEquals(Verdict.SUCCESS, of("2006000"));
    assertEquals(Verdict.SUCCESS, of("2008000"));
    assertEquals(Verdict.FAILURE, of("4036014")); // insufficient funds
    assertEquals(Verdict.FAILURE, of("4046101")); // query: no such transaction
  }

  @Test
  void notProcessedSendAgainSettlesNothingForAPaymentEither() {
    // The catalogue's RETRYABLE rows: a payment is queried, never declined on them (its QR is used).
    for (String code : new String[]{"4016001", "4016003", "4096000", "4296000", "4036006",
        "4096200", "4298000"}) {
      assertEquals(ResponseCatalogue.Outcome.RETRYABLE, ResponseCatalogue.standard()
          .lookup(ResponseCode.parse(code).orElseThrow()).outcome(), code);
      assertEquals(Verdict.UNKNOWN, of(code), code);
    }
  }

  @Test
  void aCodeWhoseMeaningIsUnknownIsUnknownWhateverItsHttpClass() {
    assertEquals(Verdict.UNKNOWN, of("4186001"));
    assertEquals(Verdict.UNKNOWN, of("2006099"));
    assertEquals(Verdict.UNKNOWN, of("5036000"));
    assertEquals(Verdict.UNKNOWN, of("5006001"));
  }

  @Test
  void theHttpStatusMustBeTheCodesFirstThreeDigits() {
    ResponseCode code = ResponseCode.parse("4036014").orElseThrow();
    assertTrue(code.matches(403));
    assertFalse(code.matches(200));
  }
}
