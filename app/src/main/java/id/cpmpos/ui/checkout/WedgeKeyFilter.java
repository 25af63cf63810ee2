package id.cpmpos.ui.checkout;

import id.cpmpos.scanner.wedge.KeyboardWedgeScanner;
import id.cpmpos.scanner.wedge.WedgeBurst;
import java.util.function.LongSupplier;
import javafx.event.EventHandler;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Feeds the checkout's key events to the keyboard-wedge detector, as a filter that lets every key
 * through: the cashier's typing reaches the field it was typed into, untouched. Only when a key
 * completes a scanner's burst is that one key (the scanner's Enter) consumed, and the burst's
 * characters taken back out of the field they landed in; the scan then arrives through the hub.
 *
 * <p>Enter and Tab are fed on KEY_PRESSED, because a text field acts on Enter there, before the
 * KEY_TYPED; printable characters on KEY_TYPED. JavaFX key events carry no timestamp, so the time
 * is taken on arrival (injected, for tests).
 */
final class WedgeKeyFilter implements EventHandler<KeyEvent> {
  private final KeyboardWedgeScanner wedge;
  private final LongSupplier nanos;
  private final TextInputControl scanField;

  /**
   * @param scanField the field that holds a whole scan: a burst ending there reports all of it,
   *     so a scanner that paused mid-code longer than the gap threshold still gives the whole code
   */
  WedgeKeyFilter(KeyboardWedgeScanner wedge, LongSupplier nanos, TextInputControl scanField) {
    this.wedge = wedge;
    this.nanos = nanos;
    this.scanField = scanField;
  }

  @Override
  public void handle(KeyEvent e) {
    if (e.getEventType() == KeyEvent.KEY_PRESSED) {
      if (e.getCode() == KeyCode.ENTER) {
        feed('\n', e);
      } else if (e.getCode() == KeyCode.TAB) {
        feed('\t', e);
      }
    } else if (e.getEventType() == KeyEvent.KEY_TYPED) {
      String typed = e.getCharacter();
      for (int i = 0; i < typed.length(); i++) {
        char c = typed.charAt(i);
        if (c >= 0x20 && c != 0x7f) {
          feed(c, e);
        }
      }
    }
  }

  private void feed(char c, KeyEvent e) {
    wedge.key(c, nanos.getAsLong(), burst -> takeBack(e, burst)).ifPresent(burst -> e.consume());
  }

  /**
   * Removes the burst's characters (all its keys but this last one) from the field they went into,
   * and says what the scan is: in the scan field, everything in it; elsewhere, the burst.
   */
  private String takeBack(KeyEvent e, WedgeBurst burst) {
    if (e.getTarget() == scanField) {
      String all = scanField.getText() == null ? "" : scanField.getText().strip();
      scanField.clear();
      String prefix = wedge.settings().prefix();
      if (!prefix.isEmpty() && all.startsWith(prefix)) {
        all = all.substring(prefix.length());
      }
      return all.isEmpty() ? burst.content() : all;
    }
    if (e.getTarget() instanceof TextInputControl field && field.isEditable()) {
      int n = burst.keys() - 1;
      int caret = field.getCaretPosition();
      String text = field.getText();
      if (text != null && caret >= n && text.substring(caret - n, caret).endsWith(burst.content())) {
        field.deleteText(caret - n, caret);
      }
    }
    return burst.content();
  }
}
