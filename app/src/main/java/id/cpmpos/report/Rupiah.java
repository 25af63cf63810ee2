package id.cpmpos.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts as a person reads them, the one style on every screen, receipt and printed report in
 * either language: {@code Rp 25.000}, {@code Rp 25.000,50} (cents only when there are some). A
 * rupiah amount reads the same to every cashier in Indonesia; "25,000.00 IDR" on one paper and
 * "Rp 25.000,00" on another confused them. Machine output (JSON, CSV) keeps {@code 25000.00}.
 */
public final class Rupiah {
  private Rupiah() {}

  /** "Rp 25.000", "-Rp 5.000"; another currency by its code ("USD 12.50"). */
  public static String format(BigDecimal amount, String currency) {
    if (!"IDR".equals(currency)) {
      return currency + " " + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
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
