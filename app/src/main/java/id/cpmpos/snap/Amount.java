package id.cpmpos.snap;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A SNAP amount: a string with exactly two decimals and an ISO 4217 currency, as on the wire. */
public record Amount(String value, String currency) {
  public static Amount of(BigDecimal value, String currency) {
    return new Amount(value.setScale(2, RoundingMode.UNNECESSARY).toPlainString(), currency);
  }

  public static Amount idr(BigDecimal value) {
    return of(value, "IDR");
  }
}
