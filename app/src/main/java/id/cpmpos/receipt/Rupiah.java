package id.cpmpos.receipt;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** Amounts as Indonesians read them: {@code Rp 25.000}, {@code Rp 25.000,50} (cents only when there are some). */
public final class Rupiah {
  private Rupiah() {}

  public static String format(BigDecimal amount, String currency) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols();
    symbols.setGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    boolean whole = amount.stripTrailingZeros().scale() <= 0;
    DecimalFormat f = new DecimalFormat(whole ? "#,##0" : "#,##0.00", symbols);
    f.setParseBigDecimal(true);
    String prefix = "IDR".equals(currency) ? "Rp " : currency + " ";
    return prefix + f.format(amount);
  }
}
