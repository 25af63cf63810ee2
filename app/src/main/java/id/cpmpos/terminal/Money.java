package id.cpmpos.terminal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
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

  /**
   * "Rp 25.000", or "Rp 25.000,50" when there are cents: the one way the terminal shows rupiah, on
   * every screen and in either language (a rupiah amount reads the same to every cashier in
   * Indonesia; "25,000.00" beside "IDR" on one screen and "25.000,00" on another confused them).
   */
  public static String rupiah(BigDecimal amount) {
    return (amount.signum() < 0 ? "-Rp " : "Rp ") + grouped(amount.abs());
  }

  /** "25.000", "25.000,50": dots group thousands, a comma before cents, and no ",00". */
  public static String grouped(BigDecimal amount) {
    BigDecimal a = amount.setScale(2, RoundingMode.HALF_UP);
    DecimalFormatSymbols indonesian = new DecimalFormatSymbols(Locale.ROOT);
    indonesian.setGroupingSeparator('.');
    indonesian.setDecimalSeparator(',');
    indonesian.setMinusSign('-');
    boolean cents = a.remainder(BigDecimal.ONE).signum() != 0;
    return new DecimalFormat(cents ? "#,##0.00" : "#,##0", indonesian).format(a);
  }
}
