package id.cpmpos.scanner.serial;

import java.time.Duration;
import java.util.Locale;

/**
 * @param port the device, e.g. {@code /dev/ttyACM0}, {@code /dev/serial/by-id/usb-...}, {@code COM3}
 * @param baud the line speed the scanner is set to (USB CDC ignores it)
 * @param terminator what ends one scan: {@code "\r"}, {@code "\n"} or {@code "\r\n"}
 * @param reopenInterval how often to try again when the port is missing or went away
 */
public record SerialSettings(String port, int baud, String terminator, Duration reopenInterval) {
  public SerialSettings {
    if (port == null || port.isBlank()) {
      throw new IllegalArgumentException("no serial port");
    }
    if (baud < 300 || baud > 4_000_000) {
      throw new IllegalArgumentException("baud rate out of range: " + baud);
    }
    if (terminator == null || terminator.isEmpty()) {
      throw new IllegalArgumentException("empty terminator");
    }
  }

  /** "CR", "LF" or "CRLF" (as in terminal.properties) → the characters. */
  public static String parseTerminator(String name) {
    return switch (name.trim().toUpperCase(Locale.ROOT)) {
      case "CR" -> "\r";
      case "LF" -> "\n";
      case "CRLF" -> "\r\n";
      default ->
        throw new IllegalArgumentException("terminator must be CR, LF or CRLF, was '" + name + "'");
    };
  }
}
