package id.cpmpos.terminal;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Parses amounts typed by a person or a script: rupiah with at most two decimals, never a double. */
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
}
