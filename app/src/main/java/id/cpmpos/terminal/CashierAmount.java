package id.cpmpos.terminal;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * An amount as a cashier in Indonesia types it: dots group thousands and a comma comes before the
 * cents ({@code 12.500}, {@code 25.000,50}), or plain digits ({@code 12500}); an "Rp" in front is
 * allowed. A dot followed by one or two digits ({@code 25000.50}) is refused with a hint rather
 * than guessed: in Indonesia "12.50" is no amount at all, elsewhere it is twelve and a half.
 */
public final class CashierAmount {
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?");
  private static final Pattern PLAIN = Pattern.compile("\\d+(,\\d{1,2})?");
  private static final Pattern DOT_CENTS = Pattern.compile("\\d+\\.\\d{1,2}");
  private static final int MAX_INTEGER_DIGITS = 16; // the spec's amount is "16,2"

  private CashierAmount() {}

  /** The amount with two decimals; {@link InputProblem} names what is wrong without echoing the text. */
  public static BigDecimal parse(String text) throws InputProblem {
    String t = text == null ? "" : text.strip();
    if (t.regionMatches(true, 0, "Rp", 0, 2)) {
      t = t.substring(2).strip();
    }
    if (t.isEmpty()) {
      throw new InputProblem("amount.missing");
    }
    if (DOT_CENTS.matcher(t).matches()) {
      throw new InputProblem("amount.dotCents", t.replace('.', ','));
    }
    if (!GROUPED.matcher(t).matches() && !PLAIN.matcher(t).matches()) {
      throw new InputProblem("amount.cashierFormat");
    }
    String machine = t.replace(".", "").replace(',', '.');
    int integerDigits = machine.indexOf('.') < 0 ? machine.length() : machine.indexOf('.');
    if (integerDigits > MAX_INTEGER_DIGITS) {
      throw new InputProblem("amount.cashierFormat");
    }
    BigDecimal value = new BigDecimal(machine).setScale(2);
    if (value.signum() <= 0) {
      throw new InputProblem("amount.zero");
    }
    return value;
  }
}
