package id.cpmpos.ui.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Thousands grouped as the cashier types, the caret after the same digit ('|' marks it). */
class AmountGroupingTest {
  @ParameterizedTest
  @CsvSource({"1250|, 1.250|", "12500|, 12.500|", "1250000|, 1.250.000|", "125|, 125|",
      "1.2500|, 12.500|",
      "'25000,5|', '25.000,5|'", "1|2500, 1|2.500", "12.50|0, 12.50|0", "|, |"})
  void groupsAndKeepsTheCaret(String before, String after) {
    int caret = before.indexOf('|');
    AmountGrouping.Grouped g = AmountGrouping.regroup(before.replace("|", ""), caret);
    assertEquals(after, new StringBuilder(g.text()).insert(g.caret(), '|').toString());
  }
}
