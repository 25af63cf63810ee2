package id.cpmpos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.cpmpos.i18n.Messages;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FormatsTest {
  final Formats id = new Formats(Messages.forLanguage("id"), ZoneId.of("Asia/Jakarta"));
  final Formats en = new Formats(Messages.forLanguage("en"), ZoneId.of("Asia/Jakarta"));

  @Test
  void rupiahReadTheSameInEitherLanguageWithCentsOnlyWhenThereAreAny() {
    assertEquals("Rp 75.000", id.money("IDR", new BigDecimal("75000.00")));
    assertEquals("Rp 75.000", en.money("IDR", new BigDecimal("75000")));
    assertEquals("Rp 75.000,50", en.money("IDR", new BigDecimal("75000.5")));
    assertEquals("Rp 1.250.000.000", id.money("IDR", new BigDecimal("1250000000.00")));
    assertEquals("Rp 0,05", id.money("IDR", new BigDecimal("0.05")));
    assertEquals("12.500", id.amount(new BigDecimal("12500.00")));
  }

  @Test
  void totalsPerCurrencyAreJoined() {
    Map<String, BigDecimal> totals = new TreeMap<>(
        Map.of("IDR", new BigDecimal("1000"), "USD", BigDecimal.ONE));
    assertEquals("Rp 1.000 + USD 1.00", en.totals(totals));
  }

  @Test
  void agesAreRoundedToWhatACashierNeeds() {
    assertEquals("< 1 mnt", id.age(Duration.ofSeconds(59)));
    assertEquals("12 mnt", id.age(Duration.ofMinutes(12).plusSeconds(30)));
    assertEquals("2 h 5 min", en.age(Duration.ofMinutes(125)));
    assertEquals("3 days", en.age(Duration.ofHours(73)));
  }

  @Test
  void timesAreShownInTheTerminalsZone() {
    assertEquals("26-11 08:05:09", id.time(OffsetDateTime.parse("2026-11-26T01:05:09Z")));
  }
}
