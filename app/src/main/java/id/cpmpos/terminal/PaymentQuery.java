package id.cpmpos.terminal;

import id.cpmpos.journal.PaymentFilter;
import id.cpmpos.journal.PaymentState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The filters of a payment search as {@code journal} and the history screen take them, checked
 * before anything is read: days in the terminal's zone (both ends included, never reversed), a state
 * name or {@code PENDING} (sending or not known yet), an exact amount, any part of either reference.
 */
public final class PaymentQuery {
  private PaymentQuery() {}

  /** A search; any part may be null (or empty) for "any". */
  public static PaymentFilter filter(LocalDate from, LocalDate to, Set<PaymentState> states,
      BigDecimal amount,
      String reference, int limit) throws InputProblem {
    if (limit <= 0) {
      throw new InputProblem("search.limit", limit);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new InputProblem("search.range", from, to);
    }
    return new PaymentFilter(from, to, states, amount, reference, limit);
  }

  /** {@code YYYY-MM-DD}; null for none. */
  public static LocalDate day(String option, String text) throws InputProblem {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new InputProblem("search.date", option, text);
    }
  }

  /** A state's name ({@code approved}, {@code NOT-SENT}, …) or {@code PENDING}; null or blank for any. */
  public static Set<PaymentState> states(String text) throws InputProblem {
    if (text == null || text.isBlank()) {
      return Set.of();
    }
    String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    if (name.equals("PENDING")) {
      return EnumSet.of(PaymentState.SENDING, PaymentState.UNKNOWN);
    }
    try {
      return EnumSet.of(PaymentState.valueOf(name));
    } catch (IllegalArgumentException e) {
      throw new InputProblem("search.state", text);
    }
  }
}
