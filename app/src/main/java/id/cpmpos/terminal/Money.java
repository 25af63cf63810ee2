package id.cpmpos.terminal;

import id.cpmpos.report.Rupiah;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Amounts in rupiah: parsed from what a script types (the machine's notation, never a double) and
 * shown as Indonesians write them.
 */
public final class Money {
  /** At most 16 integer digits and two decimals: the spec's ISO 4217 amount "16,2". */
  private static final Pattern AMOUNT = Pattern.compile("\\d{1,16}(\\.\\d{1,2})?");

  /** Enough to recognise a typo; a pasted QR or a 5,000-character paste is not echoed whole. */
  private static final int SHOWN = 24;

  private Money() {}

  /** Accepts {@code 10000}, {@code 10000.5}, {@code 10000.00}; refuses separators, signs and zero. */
  public static BigDecimal parse(String text) throws InputProblem {
    String t = text == null ? "" : text.trim();
    if (t.isEmpty()) {
      throw new InputProblem("amount.missing");
    }
    if (!AMOUNT.matcher(t).matches()) {
      throw new InputProblem("amount.format", t.length() > SHOWN ? t.substring(0, SHOWN) + "…" : t);
    }
    BigDecimal value = new BigDecimal(t).setScale(2);
    if (value.signum() <= 0) {
      throw new InputProblem("amount.zero");
    }
    return value;
  }

  /** "Rp 25.000", or "Rp 25.000,50" when there are cents: see {@link Rupiah}. */
  public static String rupiah(BigDecimal amount) {
    return Rupiah.format(amount, "IDR");
  }

  /** "25.000", "25.000,50": dots group thousands, a comma before cents, and no ",00". */
  public static String grouped(BigDecimal amount) {
    return Rupiah.grouped(amount);
  }
}
