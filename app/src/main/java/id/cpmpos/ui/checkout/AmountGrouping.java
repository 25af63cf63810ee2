package id.cpmpos.ui.checkout;

import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javafx.scene.control.TextFormatter;

/**
 * Groups the amount's thousands with dots as the cashier types ("12500" shows as "12.500"), the
 * caret staying after the same digit. Only a change that keeps the text a number is regrouped:
 * anything else (a scanner's code typed into the field, which the wedge filter takes back out) is
 * left exactly as typed. Once the cashier types or pastes a dot themselves, their dots are left as
 * they are until the field is empty again: "25.000" followed by ".50" must stay visible as typed
 * (and be refused), not become 2.500.050.
 */
final class AmountGrouping implements UnaryOperator<TextFormatter.Change> {
  private static final Pattern NUMBER = Pattern.compile("[\\d.]*(,\\d{0,2})?");
  private boolean cashiersDots;

  @Override
  public TextFormatter.Change apply(TextFormatter.Change c) {
    if (!c.isContentChange()) {
      return c;
    }
    String next = c.getControlNewText();
    if (next.isEmpty()) {
      cashiersDots = false;
      return c;
    }
    if (c.getText().indexOf('.') >= 0) {
      cashiersDots = true;
    }
    if (cashiersDots || !NUMBER.matcher(next).matches()) {
      return c;
    }
    Grouped g = regroup(next, c.getCaretPosition());
    if (g.text().equals(next)) {
      return c;
    }
    c.setRange(0, c.getControlText().length());
    c.setText(g.text());
    c.selectRange(g.caret(), g.caret());
    return c;
  }

  record Grouped(String text, int caret) {}

  /** {@code text}'s integer part grouped by three with dots; {@code caret} kept after the same digit. */
  static Grouped regroup(String text, int caret) {
    int significantBefore = 0;
    for (int i = 0; i < Math.min(caret, text.length()); i++) {
      if (text.charAt(i) != '.') {
        significantBefore++;
      }
    }
    int comma = text.indexOf(',');
    String digits = (comma < 0 ? text : text.substring(0, comma)).replace(".", "");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append('.');
      }
      out.append(digits.charAt(i));
    }
    if (comma >= 0) {
      out.append(text, comma, text.length());
    }
    int newCaret = 0;
    for (int seen = 0; newCaret < out.length() && seen < significantBefore; newCaret++) {
      if (out.charAt(newCaret) != '.') {
        seen++;
      }
    }
    return new Grouped(out.toString(), newCaret);
  }
}
