package id.cpmpos.ui;

import id.cpmpos.i18n.Messages;
import id.cpmpos.report.Rupiah;
import id.cpmpos.terminal.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;

/** Amounts, ages and times as a cashier reads them, in the terminal's language. */
public final class Formats {
  private final Messages messages;
  private final ZoneId zone;

  public Formats(Messages messages, ZoneId zone) {
    this.messages = messages;
    this.zone = zone;
  }

  /** 25000.00 as 25.000, 25000.50 as 25.000,50: rupiah as Indonesians write them, in either language. */
  public String amount(BigDecimal amount) {
    return Money.grouped(amount);
  }

  /** "Rp 25.000" for rupiah (the one style on every screen); another currency by its code. */
  public String money(String currency, BigDecimal amount) {
    return Rupiah.format(amount, currency);
  }

  /** Per currency, e.g. "Rp 75.000"; several joined with " + ". */
  public String totals(Map<String, BigDecimal> totals) {
    return totals.entrySet().stream().map(e -> money(e.getKey(), e.getValue()))
        .collect(Collectors.joining(" + "));
  }

  /** "< 1 mnt", "12 mnt", "2 jam 5 mnt", "3 hari". */
  public String age(Duration age) {
    long minutes = age.toMinutes();
    if (minutes < 1) {
      return messages.get("age.lessThanMinute");
    }
    if (minutes < 60) {
      return messages.get("age.minutes", minutes);
    }
    if (minutes < 24 * 60) {
      return messages.get("age.hours", minutes / 60, minutes % 60);
    }
    return messages.get("age.days", minutes / (24 * 60));
  }

  /** A journal time in the terminal's zone: "26-11 14:05:09". */
  public String time(OffsetDateTime at) {
    return at.atZoneSameInstant(zone).format(DateTimeFormatter.ofPattern("dd-MM HH:mm:ss"));
  }
}
