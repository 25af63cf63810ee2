package id.cpmpos.ui.checkout;

import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.scanner.wedge.CpmContent;
import id.cpmpos.snap.ResponseCatalogue;
import id.cpmpos.snap.ResponseCode;
import java.util.Locale;

/** What the checkout shows the cashier of a decline or a refused input. */
final class CashierWords {
  private CashierWords() {}

  /** A customer's code is never echoed in an error: it is a bearer token for the customer's money. */
  static Object[] hidingCodes(Object[] args) {
    Object[] shown = args.clone();
    for (int i = 0; i < shown.length; i++) {
      if (shown[i] instanceof String text && CpmContent.find(text) != null) {
        shown[i] = "…";
      }
    }
    return shown;
  }

  /** What the cashier should tell the customer, from the response-code catalogue; the provider's words as a fallback. */
  static String forCustomer(PaymentRecord r, Locale locale) {
    return ResponseCode.parse(r.responseCode())
        .map(code -> ResponseCatalogue.standard().cashierMessage(code, locale))
        .orElse(r.responseMessage());
  }
}
