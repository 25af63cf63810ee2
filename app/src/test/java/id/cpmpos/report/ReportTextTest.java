package id.cpmpos.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.i18n.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The printed report reads rupiah as every screen and receipt does; JSON keeps the machine's amounts. */
class ReportTextTest {
  private final Totals day = new Totals(2, new BigDecimal("25000.50"), new BigDecimal("0.00"),
      new BigDecimal("10000.00"), 1, 0, 0);
  private final DayReport report = new DayReport(LocalDate.of(2026, 12, 2),
      ZoneId.of("Asia/Jakarta"), "T1", day,
      List.of(), List.of(), "abc");

  @Test
  void amountsOnPaperAreRupiahInEitherLanguage() {
    for (String language : List.of("id", "en")) {
      String text = ReportText.render(report, Messages.forLanguage(language)::get);
      assertTrue(text.contains("Rp 25.000,50"), text);
      assertTrue(text.contains("Rp 10.000\n"), text);
      assertTrue(text.contains("Rp 15.000,50"), text); // net
      assertTrue(text.contains("Rp 0\n"), text);
      assertFalse(text.contains("25000.50") || text.contains("IDR"), text);
    }
  }

  @Test
  void theJsonKeepsTwoDecimalStrings() {
    assertEquals("25000.50", report.toJson().get("paidTotal").toString());
    assertEquals("15000.50", report.toJson().get("net").toString());
  }

  @Test
  void rupiahHasCentsOnlyWhenThereAreSomeAndOtherCurrenciesTheirCode() {
    assertEquals("Rp 25.000", Rupiah.format(new BigDecimal("25000.00"), "IDR"));
    assertEquals("Rp 1.025.000,05", Rupiah.format(new BigDecimal("1025000.05"), "IDR"));
    assertEquals("-Rp 5.000", Rupiah.format(new BigDecimal("-5000"), "IDR"));
    assertEquals("USD 12.50", Rupiah.format(new BigDecimal("12.5"), "USD"));
  }
}
