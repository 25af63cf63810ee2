package id.cpmpos.snap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The spec's response-code table ("Daftar Response Code"), every row, for every service: each row
 * says what the answer means for the transaction it answers. The rule behind every outcome below:
 * only a code that proves the provider decided is final; only a code that proves the request was
 * not processed is retryable; anything that leaves the provider's state in doubt is unknown, and
 * only a query can settle it.
 */
public final class ResponseCatalogue {
  private static final String BUNDLE = "assets.i18n.responses";
  private static final ResponseCatalogue STANDARD = new ResponseCatalogue();

  /** The table's "Category" column. */
  public enum Category {
    SUCCESS, SYSTEM, MESSAGE, BUSINESS
  }

  /** What an answer means for the transaction it answers. */
  public enum Outcome {
    /** Final: the provider did it. */
    SUCCESS,
    /** Final: the provider refused it; nothing happened and sending the same again will not help. */
    FAILURE,
    /** Provably not processed, for a passing reason: the same request may be sent again (new X-EXTERNAL-ID). */
    RETRYABLE,
    /** It may or may not have happened: query, never repeat. */
    UNKNOWN;

    public boolean isFinal() {
      return this == SUCCESS || this == FAILURE;
    }
  }

  /**
   * One row. {@code listed} is false for an entry synthesised from the HTTP class of a code the table
   * does not have.
   */
  public record Entry(int httpStatus, String caseCode, Category category, String message,
      String description,
      Outcome outcome, boolean listed) {

    /** The key of the cashier's message in {@code assets/i18n/responses*.properties}. */
    public String messageKey() {
      if (listed) {
        return "response." + httpStatus + "." + caseCode;
      }
      int httpClass = httpStatus / 100;
      return "response." + (httpClass == 2 || httpClass == 4 ? httpClass : 5) + "xx";
    }
  }

  private final Map<String, Entry> rows = new LinkedHashMap<>();

  private ResponseCatalogue() {
    row(200, "00", Category.SUCCESS, "Successful", "Successful", Outcome.SUCCESS);
    row(202, "00", Category.SUCCESS, "Request In Progress", "Transaction still on process",
        Outcome.UNKNOWN);

    // 400: the provider could not read the request, so it did nothing; the same bytes fail again.
    row(400, "00", Category.SYSTEM, "Bad Request",
        "General request failed error, including message parsing failed.", Outcome.FAILURE);
    row(400, "01", Category.MESSAGE, "Invalid Field Format {field name}", "Invalid format",
        Outcome.FAILURE);
    row(400, "02", Category.MESSAGE, "Invalid Mandatory Field {field name}",
        "Missing or invalid format on mandatory field", Outcome.FAILURE);

    // 401 00: our credentials or signature are wrong; repeating cannot help until someone fixes them.
    row(401, "00", Category.SYSTEM, "Unauthorized. [reason]",
        "General unauthorized error (No Interface Def, "
            + "API is Invalid, Oauth Failed, Verify Client Secret Fail, Client Forbidden Access API, Unknown Client, "
            + "Key not Found)",
        Outcome.FAILURE);
    // The B2B token cases are rejected at the gate: refresh the token and send once more (SnapClient does).
    row(401, "01", Category.SYSTEM, "Invalid Token (B2B)",
        "Token found in request is invalid (Access Token Not Exist, Access Token Expiry)",
        Outcome.RETRYABLE);
    // A customer token is the customer's; the terminal cannot renew it.
    row(401, "02", Category.SYSTEM, "Invalid Customer Token",
        "Token found in request is invalid (Access Token Not Exist, Access Token Expiry)",
        Outcome.FAILURE);
    row(401, "03", Category.SYSTEM, "Token Not Found (B2B)",
        "Token not found in the system. This occurs on any "
            + "API that requires token as input parameter",
        Outcome.RETRYABLE);
    row(401, "04", Category.SYSTEM, "Customer Token Not Found",
        "Token not found in the system. This occurs on any "
            + "API that requires token as input parameter",
        Outcome.FAILURE);

    row(403, "00", Category.BUSINESS, "Transaction Expired", "Transaction expired",
        Outcome.FAILURE);
    row(403, "01", Category.SYSTEM, "Feature Not Allowed [Reason]",
        "This merchant is not allowed to call Direct Debit APIs", Outcome.FAILURE);
    row(403, "02", Category.BUSINESS, "Exceeds Transaction Amount Limit",
        "Exceeds Transaction Amount Limit",
        Outcome.FAILURE);
    row(403, "03", Category.BUSINESS, "Suspected Fraud", "Suspected Fraud", Outcome.FAILURE);
    // A limit on the customer's account, not on our request rate (that is 429): a decline.
    row(403, "04", Category.BUSINESS, "Activity Count Limit Exceeded",
        "Too many request, Exceeds Transaction Frequency Limit", Outcome.FAILURE);
    row(403, "05", Category.BUSINESS, "Do Not Honor", "Account or User status is abnormal",
        Outcome.FAILURE);
    // Cut-off: refused only because of the hour; nothing was processed and it will pass.
    row(403, "06", Category.SYSTEM, "Feature Not Allowed At This Time. [reason]",
        "Cut off In Progress",
        Outcome.RETRYABLE);
    row(403, "07", Category.BUSINESS, "Card Blocked", "The payment card is blocked",
        Outcome.FAILURE);
    row(403, "08", Category.BUSINESS, "Card Expired", "The payment card is expired",
        Outcome.FAILURE);
    row(403, "09", Category.BUSINESS, "Dormant Account", "The account is dormant", Outcome.FAILURE);
    row(403, "10", Category.BUSINESS, "Need To Set Token Limit", "Need to set token limit",
        Outcome.FAILURE);
    row(403, "11", Category.SYSTEM, "OTP Blocked", "OTP has been blocked", Outcome.FAILURE);
    row(403, "12", Category.SYSTEM, "OTP Lifetime Expired", "OTP has been expired",
        Outcome.FAILURE);
    // The issuer sent the cardholder an OTP and waits for it: the payment may still complete on the
    // customer's side, and CPM has no OTP call for us to finish it, so only a query can tell.
    row(403, "13", Category.SYSTEM, "OTP Sent To Cardholer", "initiates request OTP to the issuer",
        Outcome.UNKNOWN);
    row(403, "14", Category.BUSINESS, "Insufficient Funds", "Insufficient Funds", Outcome.FAILURE);
    row(403, "15", Category.BUSINESS, "Transaction Not Permitted.[reason]",
        "Transaction Not Permitted",
        Outcome.FAILURE);
    // "Suspend" is a hold, not a refusal: the provider may still release the payment later.
    row(403, "16", Category.BUSINESS, "Suspend Transaction", "Suspend Transaction",
        Outcome.UNKNOWN);
    row(403, "17", Category.BUSINESS, "Token Limit Exceeded",
        "Purchase amount exceeds the token limit set prior",
        Outcome.FAILURE);
    row(403, "18", Category.BUSINESS, "Inactive Card/Account/Customer",
        "Indicates inactive account",
        Outcome.FAILURE);
    row(403, "19", Category.BUSINESS, "Merchant Blacklisted",
        "Merchant is suspended from calling any APIs",
        Outcome.FAILURE);
    row(403, "20", Category.BUSINESS, "Merchant Limit Exceed",
        "Merchant aggregated purchase amount on that day exceeds the agreed limit",
        Outcome.FAILURE);
    row(403, "21", Category.BUSINESS, "Set Limit Not Allowed",
        "Set limit not allowed on particular token",
        Outcome.FAILURE);
    row(403, "22", Category.BUSINESS, "Token Limit Invalid",
        "The token limit desired by the merchant is not "
            + "within the agreed range between the merchant and the Issuer",
        Outcome.FAILURE);
    row(403, "23", Category.BUSINESS, "Account Limit Exceed",
        "Account aggregated purchase amount on that day exceeds the agreed limit", Outcome.FAILURE);

    // 404 00: e.g. a cancel of a payment in a state that cannot be cancelled: this request is refused.
    row(404, "00", Category.BUSINESS, "Invalid Transaction Status", "Invalid transaction status",
        Outcome.FAILURE);
    // The provider's definitive "no such transaction" is an answer, for a query too.
    row(404, "01", Category.BUSINESS, "Transaction Not Found", "Transaction not found",
        Outcome.FAILURE);
    row(404, "02", Category.SYSTEM, "Invalid Routing", "Invalid Routing", Outcome.FAILURE);
    row(404, "03", Category.SYSTEM, "Bank Not Supported By Switch", "Bank not supported by switch",
        Outcome.FAILURE);
    row(404, "04", Category.BUSINESS, "Transaction Cancelled",
        "Transaction is cancelled by customer",
        Outcome.FAILURE);
    row(404, "05", Category.BUSINESS, "Merchant Is Not Registered For Card Registration Services",
        "Merchant is not registered for Card Registration services", Outcome.FAILURE);
    row(404, "06", Category.SYSTEM, "Need To Request OTP", "Need to request OTP", Outcome.FAILURE);
    row(404, "07", Category.SYSTEM, "Journey Not Found",
        "The journeyID cannot be found in the system",
        Outcome.FAILURE);
    row(404, "08", Category.BUSINESS, "Invalid Merchant",
        "Merchant does not exist or status abnormal",
        Outcome.FAILURE);
    row(404, "09", Category.BUSINESS, "No Issuer", "No issuer", Outcome.FAILURE);
    row(404, "10", Category.SYSTEM, "Invalid API Transition",
        "Invalid API transition within a journey",
        Outcome.FAILURE);
    row(404, "11", Category.BUSINESS, "Invalid Card/Account/Customer [info]/Virtual Account",
        "Card information "
            + "may be invalid, or the card account may be blacklisted, or Virtual Account number maybe invalid.",
        Outcome.FAILURE);
    row(404, "12", Category.BUSINESS, "Invalid Bill/Virtual Account [Reason]",
        "The bill is blocked/ suspended/not found. Virtual account is suspend/not found.",
        Outcome.FAILURE);
    row(404, "13", Category.BUSINESS, "Invalid Amount",
        "The amount doesn't match with what supposed to",
        Outcome.FAILURE);
    // For a CPM payment: this QR was already used to pay. We never send a payment twice, so it was
    // not our reference that paid it, and ours is refused.
    row(404, "14", Category.BUSINESS, "Paid Bill", "The bill has been paid", Outcome.FAILURE);
    row(404, "15", Category.SYSTEM, "Invalid OTP", "OTP is incorrect", Outcome.FAILURE);
    row(404, "16", Category.BUSINESS, "Partner Not Found", "Partner number can't be found",
        Outcome.FAILURE);
    row(404, "17", Category.BUSINESS, "Invalid Terminal", "Terminal does not exist in the system",
        Outcome.FAILURE);
    // The spec spells this one out per service: failed for a QR CPM payment, success for a refund
    // and a void (cancel). See lookup().
    row(404, "18", Category.BUSINESS, "Inconsistent Request",
        "Inconsistent request parameter found for the "
            + "same partner reference number/transaction id. It can be considered as failed in transfer debit, but it "
            + "should be considered as success in transfer credit. Considered as success: refund payment, void. "
            + "Considered as failed: QR CPM payment.",
        Outcome.FAILURE);
    row(404, "19", Category.BUSINESS, "Invalid Bill/Virtual Account",
        "The bill is expired. Virtual account is expired.", Outcome.FAILURE);

    row(405, "00", Category.SYSTEM, "Requested Function Is Not Supported",
        "Requested function is not supported",
        Outcome.FAILURE);
    // Outside the cancel/refund window: final for this request; trying again automatically would
    // only loop. A supervisor decides what to do.
    row(405, "01", Category.BUSINESS, "Requested Opearation Is Not Allowed",
        "Requested operation to cancel/refund transaction Is not allowed at this time.",
        Outcome.FAILURE);

    // The X-EXTERNAL-ID was used today: refused at the gate before any processing.
    row(409, "00", Category.SYSTEM, "Conflict", "Cannot use same X-EXTERNAL-ID in same day",
        Outcome.RETRYABLE);
    // The same partnerReferenceNo "already success": the payment may well be paid. Query it.
    row(409, "01", Category.SYSTEM, "Duplicate partnerReferenceNo",
        "Transaction has previously been processed "
            + "indicates the same partnerReferenceNo already success",
        Outcome.UNKNOWN);
    row(429, "00", Category.SYSTEM, "Too Many Requests", "Maximum transaction limit exceeded",
        Outcome.RETRYABLE);

    // 5xx: the provider failed somewhere, possibly after booking the payment. "Please retry" in 500 01
    // means "ask again", which for money is a query, never a second payment.
    row(500, "00", Category.SYSTEM, "General Error", "General Error", Outcome.UNKNOWN);
    row(500, "01", Category.SYSTEM, "Internal Server Error",
        "Unknown Internal Server Failure, Please retry the process again", Outcome.UNKNOWN);
    row(500, "02", Category.SYSTEM, "External Server Error", "Backend system failure, etc",
        Outcome.UNKNOWN);
    row(504, "00", Category.SYSTEM, "Timeout", "timeout from the issuer", Outcome.UNKNOWN);
  }

  public static ResponseCatalogue standard() {
    return STANDARD;
  }

  private void row(int http, String caseCode, Category category, String message, String description,
      Outcome outcome) {
    rows.put(http + caseCode,
        new Entry(http, caseCode, category, message, description, outcome, true));
  }

  /** The table's rows, in the spec's order. */
  public List<Entry> entries() {
    return List.copyOf(rows.values());
  }

  /** The row for this code; a code the table lacks is judged by its HTTP class. */
  public Entry lookup(ResponseCode code) {
    Entry row = rows.get(code.httpStatus() + code.caseCode());
    if (row == null) {
      return byHttpClass(code);
    }
    if (row.httpStatus() == 404 && "18".equals(row.caseCode())
        && isRefundOrVoid(code.serviceCode())) {
      return new Entry(404, "18", row.category(), row.message(), row.description(), Outcome.SUCCESS,
          true);
    }
    return row;
  }

  public Optional<Entry> find(int httpStatus, String caseCode) {
    return Optional.ofNullable(rows.get(httpStatus + caseCode));
  }

  /**
   * The cashier's words for this code, in Bahasa Indonesia unless {@code locale} is English; falls
   * back to the HTTP class's message.
   */
  public String cashierMessage(ResponseCode code, Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    Entry entry = lookup(code);
    try {
      return bundle.getString(entry.messageKey());
    } catch (MissingResourceException e) {
      return bundle.getString(byHttpClass(code).messageKey());
    }
  }

  /**
   * A code not in the table is unknown, whatever its HTTP class: we cannot tell what the provider
   * did, so only a query may settle it (a 4xx we do not know is not proof that nothing happened).
   * Its category and the cashier's message still follow the HTTP class.
   */
  private static Entry byHttpClass(ResponseCode code) {
    int http = code.httpStatus();
    Outcome outcome = Outcome.UNKNOWN;
    Category category = http / 100 == 2 ? Category.SUCCESS : Category.SYSTEM;
    return new Entry(http, code.caseCode(), category, "HTTP " + http, "not in the spec's table",
        outcome,
        false);
  }

  private static boolean isRefundOrVoid(String serviceCode) {
    return SnapService.REFUND.code().equals(serviceCode)
        || SnapService.CANCEL.code().equals(serviceCode);
  }
}
