package id.cpmpos.ui.checkout;

import id.cpmpos.scanner.wedge.CpmContent;
import id.cpmpos.scanner.wedge.KeyboardWedgeScanner;
import id.cpmpos.scanner.wedge.WedgeBurst;
import java.util.function.LongSupplier;
import javafx.event.EventHandler;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Feeds the window's key events to the keyboard-wedge detector, as a filter that lets every key
 * through: the cashier's typing reaches the field it was typed into, untouched. Only when a key
 * completes a scanner's burst (by timing, or because what was typed ends in a CPM code) is that one
 * key (the scanner's Enter) consumed, and the burst's characters taken back out of the field they
 * landed in; the scan then arrives through the hub.
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
   * Removes the burst's characters from the field they went into, and says what the scan is: in
   * the scan field, everything in it (from the CPM code's start when there is one); elsewhere, the
   * burst.
   */
  private String takeBack(KeyEvent e, WedgeBurst burst) {
    if (e.getTarget() == scanField) {
      String all = scanField.getText() == null ? "" : scanField.getText().strip();
      scanField.clear();
      String prefix = wedge.settings().prefix();
      if (!prefix.isEmpty() && all.startsWith(prefix)) {
        all = all.substring(prefix.length());
      }
      int code = CpmContent.startOfTrailing(all);
      if (code > 0) {
        all = all.substring(code); // keys typed into the field before the scan are not part of it
      }
      return all.isEmpty() ? burst.content() : all;
    }
    if (e.getTarget() instanceof TextInputControl field && field.isEditable()
        && field.getText() != null) {
      remove(field, burst.content(), wedge.settings().prefix());
    }
    return burst.content();
  }

  /**
   * Takes {@code content} (and the prefix just before it) out of the field: where it ends at the
   * caret, else its last occurrence. A field that groups digits as they are typed (the amount) may
   * have put separators between the scanner's keys; those are skipped over.
   */
  static void remove(TextInputControl field, String content, String prefix) {
    String text = field.getText();
    int caret = Math.min(field.getCaretPosition(), text.length());
    int start = matchEndingAt(text, content, caret);
    int end = caret;
    if (start < 0) {
      int at = text.lastIndexOf(content);
      if (at < 0) {
        return; // nothing of it landed here (e.g. a field that refuses letters)
      }
      start = at;
      end = at + content.length();
    }
    if (!prefix.isEmpty() && start >= prefix.length()
        && text.startsWith(prefix, start - prefix.length())) {
      start -= prefix.length();
    }
    field.deleteText(start, end);
  }

  /** Where {@code content} starts if it ends at {@code end}, separators . , and space in between skipped; else -1. */
  private static int matchEndingAt(String text, String content, int end) {
    int t = end;
    for (int c = content.length() - 1; c >= 0; c--) {
      while (t > 0 && text.charAt(t - 1) != content.charAt(c) && isSeparator(text.charAt(t - 1))) {
        t--;
      }
      if (t == 0 || text.charAt(t - 1) != content.charAt(c)) {
        return -1;
      }
      t--;
    }
    return t;
  }

  private static boolean isSeparator(char c) {
    return c == '.' || c == ',' || c == ' ';
  }
}
