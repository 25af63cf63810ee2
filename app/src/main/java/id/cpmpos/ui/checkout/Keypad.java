package id.cpmpos.ui.checkout;

import id.cpmpos.i18n.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;

/**
 * An on-screen keypad for the amount, for touch screens: large keys that type into the amount field
 * as the keyboard would (so the field groups thousands the same way), never taking the focus from
 * it. OK does what Enter in the amount field does.
 */
final class Keypad extends GridPane {
  static final double KEY_SIZE = 64; // a fingertip is ~10 mm; 64 px is ~17 mm on a 96 dpi counter screen

  Keypad(TextInputControl amount, Runnable ok, Messages messages) {
    setId("keypad");
    getStyleClass().add("keypad");
    setHgap(8);
    setVgap(8);
    String[][] rows = {{"7", "8", "9"}, {"4", "5", "6"}, {"1", "2", "3"}, {"000", "0", ","}};
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < 3; c++) {
        String text = rows[r][c];
        add(key(text, "key-" + (text.equals(",") ? "comma" : text), () -> type(amount, text)), c,
            r);
      }
    }
    add(key("⌫", "key-back", () -> {
      if (amount.getSelection().getLength() > 0) {
        amount.replaceSelection("");
      } else {
        amount.deletePreviousChar();
      }
    }), 0, rows.length);
    add(key(messages.get("keypad.clear"), "key-clear", amount::clear), 1, rows.length);
    Button okKey = key(messages.get("keypad.ok"), "key-ok", ok);
    okKey.getStyleClass().add("keypad-ok");
    add(okKey, 2, rows.length);
    amount.disabledProperty().addListener((obs, was, now) -> setDisable(now));
  }

  private static void type(TextInputControl field, String text) {
    if (field.getSelection().getLength() > 0) {
      field.replaceSelection(text);
    } else {
      field.insertText(field.getCaretPosition(), text);
    }
  }

  private static Button key(String text, String id, Runnable action) {
    Button b = new Button(text);
    b.setId(id);
    b.getStyleClass().add("keypad-key");
    b.setFocusTraversable(false); // the amount field keeps the focus, and with it the keyboard
    b.setMinSize(KEY_SIZE, KEY_SIZE);
    b.setPrefSize(KEY_SIZE * 1.25, KEY_SIZE);
    b.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
    b.setOnAction(e -> action.run());
    return b;
  }
}
