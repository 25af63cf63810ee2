package id.cpmpos.config;

import java.math.BigDecimal;

/**
 * How the counter behaves for the cashier, from {@code sale.*} and {@code ui.sound}.
 *
 * @param saleMaxAmount the largest amount one sale may have (two decimals)
 * @param sound whether the checkout beeps on a scan and sounds each result
 */
public record CounterConfig(BigDecimal saleMaxAmount, boolean sound) {
  /** QRIS's per-transaction limit for a CPM payment, Rp 10 000 000, unless configured otherwise. */
  public static final CounterConfig DEFAULTS = new CounterConfig(new BigDecimal("10000000.00"), true);
}
