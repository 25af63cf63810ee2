package id.cpmpos.scanner.decode;

import id.cpmpos.scanner.ContentHash;
import java.time.Duration;

/** What one image held: exactly one QR code, none, or more than one (which one would be the customer's?). */
public sealed interface DecodeResult {
  /** How long decoding took. */
  Duration took();

  /**
   * Exactly one QR code.
   *
   * @param format the symbology, {@code QR_CODE}
   * @param pass which decoding pass found it (for tuning: the cheap ones should find most)
   */
  record Found(String content, String format, String pass, Duration took) implements DecodeResult {
    @Override
    public String toString() {
      return "Found[" + ContentHash.of(content) + ", " + format + ", " + pass + ", "
          + took.toMillis() + " ms]";
    }
  }

  record NotFound(Duration took) implements DecodeResult {}

  /** Two or more different QR codes: refused, the cashier must show one. */
  record Ambiguous(int count, Duration took) implements DecodeResult {}
}
