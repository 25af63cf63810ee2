package id.cpmpos.sandbox;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What the sandbox does with a payment, chosen when the wallet generates the QR (like a card
 * network's test cards). The README's sandbox section lists every one; names are a contract.
 */
public enum Scenario {
  // One scenario a line: the table the README lists (the formatter would flow it into a paragraph).
  // @formatter:off
  APPROVE(Kind.APPROVE, 200, "00", "Successful"), // paid at once

  // Business declines: the spec's 403 and 404 rows a wallet payment can meet. Nothing is charged.
  TRANSACTION_EXPIRED(Kind.DECLINE, 403, "00", "Transaction Expired"),
  EXCEEDS_LIMIT(Kind.DECLINE, 403, "02", "Exceeds Transaction Amount Limit"),
  SUSPECTED_FRAUD(Kind.DECLINE, 403, "03", "Suspected Fraud"),
  ACTIVITY_LIMIT(Kind.DECLINE, 403, "04", "Activity Count Limit Exceeded"),
  DO_NOT_HONOR(Kind.DECLINE, 403, "05", "Do Not Honor"),
  CARD_BLOCKED(Kind.DECLINE, 403, "07", "Card Blocked"),
  CARD_EXPIRED(Kind.DECLINE, 403, "08", "Card Expired"),
  DORMANT_ACCOUNT(Kind.DECLINE, 403, "09", "Dormant Account"),
  INSUFFICIENT_FUNDS(Kind.DECLINE, 403, "14", "Insufficient Funds"),
  NOT_PERMITTED(Kind.DECLINE, 403, "15", "Transaction Not Permitted."),
  SUSPEND_TRANSACTION(Kind.DECLINE, 403, "16", "Suspend Transaction"),
  TOKEN_LIMIT_EXCEEDED(Kind.DECLINE, 403, "17", "Token Limit Exceeded"),
  INACTIVE_ACCOUNT(Kind.DECLINE, 403, "18", "Inactive Card/Account/Customer"),
  MERCHANT_BLACKLISTED(Kind.DECLINE, 403, "19", "Merchant Blacklisted"),
  MERCHANT_LIMIT_EXCEEDED(Kind.DECLINE, 403, "20", "Merchant Limit Exceed"),
  ACCOUNT_LIMIT_EXCEEDED(Kind.DECLINE, 403, "23", "Account Limit Exceed"),
  CANCELLED_BY_CUSTOMER(Kind.DECLINE, 404, "04", "Transaction Cancelled"),
  NO_ISSUER(Kind.DECLINE, 404, "09", "No Issuer"),
  INVALID_CUSTOMER(Kind.DECLINE, 404, "11", "Invalid Card/Account/Customer"),
  INVALID_TERMINAL(Kind.DECLINE, 404, "17", "Invalid Terminal"),

  /** 2026000, then "03 pending" for N queries (default 2), then paid. */
  IN_PROGRESS(Kind.IN_PROGRESS, 202, "00", "Request In Progress"),

  // Transport faults. Where the payment is booked, only a query (or the notify) can tell the terminal.
  SLOW(Kind.SLOW, 200, "00", "Successful"), // paid; the answer comes after the client's read timeout
  DROP(Kind.DROP, 0, "", ""), // paid; the connection is closed after the request was read, no answer
  ERROR_500(Kind.ERROR, 500, "01", "Internal Server Error"), // 500; not booked
  TIMEOUT_504(Kind.ERROR_BOOKED, 504, "00", "Timeout"), // 504; paid all the same
  MALFORMED_JSON(Kind.MALFORMED, 200, "00", ""), // paid; the answer is truncated JSON
  EMPTY_BODY(Kind.EMPTY, 200, "00", ""); // paid; the answer is HTTP 200 with an empty body
  // @formatter:on

  /** How the provider behaves for a scenario. */
  public enum Kind {
    APPROVE, DECLINE, IN_PROGRESS, SLOW, DROP, ERROR, ERROR_BOOKED, MALFORMED, EMPTY
  }

  final Kind kind;
  final int httpStatus;
  final String caseCode;
  final String message;

  Scenario(Kind kind, int httpStatus, String caseCode, String message) {
    this.kind = kind;
    this.httpStatus = httpStatus;
    this.caseCode = caseCode;
    this.message = message;
  }

  /** The name used in {@code wallet --scenario} and {@code additionalInfo.scenario}: kebab case. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public Kind kind() {
    return kind;
  }

  /** Whether the provider books (charges) the payment. */
  public boolean books() {
    return kind != Kind.DECLINE && kind != Kind.ERROR;
  }

  public static Optional<Scenario> byId(String id) {
    if (id == null || id.isBlank()) {
      return Optional.of(APPROVE);
    }
    return Arrays.stream(values()).filter(s -> s.id().equalsIgnoreCase(id.trim())).findFirst();
  }
}
