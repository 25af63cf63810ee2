package id.cpmpos.config;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * How the counter behaves for the cashier, from {@code sale.*}, {@code ui.sound}, {@code receipt.*}
 * and {@code supervisor.idleMinutes}.
 *
 * @param saleMaxAmount the largest amount one sale may have (two decimals)
 * @param sound whether the checkout beeps on a scan and sounds each result
 * @param receiptPrinter where ESC/POS receipts go ({@code serial:PORT}, {@code tcp:HOST:PORT} or
 *     {@code file:PATH}); null when no receipt printer is attached
 * @param autoPrint whether a receipt is printed as soon as a payment is approved
 * @param supervisorIdle how long a supervisor session (settings, reversals) stays open untouched
 */
public record CounterConfig(
    BigDecimal saleMaxAmount, boolean sound, String receiptPrinter, boolean autoPrint,
    Duration supervisorIdle) {
  /** QRIS's per-transaction limit for a CPM payment, Rp 10 000 000, unless configured otherwise. */
  public static final CounterConfig DEFAULTS = new CounterConfig(new BigDecimal("10000000.00"),
      true, null, false, Duration.ofMinutes(3));
}
