package id.cpmpos.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts as cashiers in Indonesia write them, and what is refused rather than guessed. */
class CashierAmountTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "12.500|12500.00", "25.000,50|25000.50", "12500|12500.00", "1.250.000|1250000.00",
      "25000,5|25000.50",
      "Rp 12.500|12500.00", "rp12.500|12500.00", " 7.000 |7000.00", "999|999.00", "0,50|0.50"})
  void readsTheIndonesianNotationAndPlainDigits(String typed, String amount) throws Exception {
    assertEquals(new BigDecimal(amount), CashierAmount.parse(typed));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''|amount.missing", "Rp|amount.missing", "12.50|amount.dotCents", "25000.5|amount.dotCents",
      "1.25.000|amount.cashierFormat", "12,500|amount.cashierFormat",
      "12.5000|amount.cashierFormat",
      "abc|amount.cashierFormat", "-5.000|amount.cashierFormat", "0|amount.zero",
      "0,00|amount.zero",
      "12345678901234567|amount.cashierFormat"})
  void refusesWhatIsNoAmountOrAmbiguous(String typed, String key) {
    InputProblem p = assertThrows(InputProblem.class, () -> CashierAmount.parse(typed));
    assertEquals(key, p.messageKey());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"25000|Rp 25.000", "25000.50|Rp 25.000,50",
      "1000000.00|Rp 1.000.000",
      "0.05|Rp 0,05", "-1500|-Rp 1.500"})
  void rupiahAreShownWithoutEmptyCents(String amount, String shown) {
    assertEquals(shown, Money.rupiah(new BigDecimal(amount)));
  }
}
