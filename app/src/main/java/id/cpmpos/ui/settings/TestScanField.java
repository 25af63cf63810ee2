package id.cpmpos.ui.settings;

import id.cpmpos.i18n.Messages;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The settings screen's test-scan field: what a scanner sends, shown so that a prefix, a suffix or a
 * control character can be seen, and nothing is paid. Keys typed by a keyboard-wedge scanner arrive
 * one by one; a serial or camera scanner's code arrives whole.
 */
public final class TestScanField {
  private final Messages messages;
  /** The supervisor did something on the screen (their session lasts on). */
  private final Runnable touched;
  private final StringProperty text = new SimpleStringProperty("");
  private final StringBuilder raw = new StringBuilder();

  TestScanField(Messages messages, Runnable touched) {
    this.messages = messages;
    this.touched = touched;
  }

  /** Characters the scanner typed into the test field, shown so that control characters can be seen. */
  public void typed(String chars) {
    touched.run();
    raw.append(visible(chars));
    text.set(raw.toString());
  }

  /** A key that types no character of its own (Enter, Tab, Escape), shown by its name: {@code [ENTER]}. */
  public void key(String name) {
    touched.run();
    raw.append('[').append(name).append(']');
    text.set(raw.toString());
  }

  /** A code a scanner other than the keyboard (serial, camera) read while the test field was active. */
  public void read(String deviceId, String content) {
    touched.run();
    raw.setLength(0);
    text.set(messages.get("settings.scan.readBy", deviceId, visible(content)));
  }

  public void clear() {
    raw.setLength(0);
    text.set("");
  }

  /** Control characters by name in brackets ({@code [CR]}, {@code [TAB]}, {@code [GS]}, {@code [0x07]}), a space as ␣. */
  public static String visible(String raw) {
    StringBuilder out = new StringBuilder();
    raw.codePoints().forEach(c -> {
      switch (c) {
        case '\r' -> out.append("[CR]");
        case '\n' -> out.append("[LF]");
        case '\t' -> out.append("[TAB]");
        case 0x1b -> out.append("[ESC]");
        case 0x1d -> out.append("[GS]");
        case 0x1e -> out.append("[RS]");
        case 0x04 -> out.append("[EOT]");
        case ' ' -> out.append('\u2423');
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("[0x%02X]", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }

  /** What the field shows. */
  public StringProperty textProperty() {
    return text;
  }
}
