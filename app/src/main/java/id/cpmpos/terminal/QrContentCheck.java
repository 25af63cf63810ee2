package id.cpmpos.terminal;

import id.cpmpos.snap.CpmPayload;
import java.util.regex.Pattern;

/**
 * Checks scanned QR content before anything is written or sent, and names the likely cause when it
 * is refused: the merchant's own printed QRIS, a product barcode, a URL, a mangled wedge scan.
 */
public final class QrContentCheck {
  static final int MAX_LENGTH = 512;
  private static final Pattern PRINTABLE = Pattern.compile("[\\x20-\\x7E]+");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private final boolean requireEmvCpm;

  /** @param requireEmvCpm false for providers that issue an opaque token instead of EMV CPM data */
  public QrContentCheck(boolean requireEmvCpm) {
    this.requireEmvCpm = requireEmvCpm;
  }

  public String check(String content) throws InputProblem {
    String c = content == null ? "" : content.strip();
    if (c.isEmpty()) {
      throw new InputProblem("qr.empty");
    }
    if (c.length() > MAX_LENGTH) {
      throw new InputProblem("qr.tooLong", MAX_LENGTH);
    }
    if (!PRINTABLE.matcher(c).matches()) {
      throw new InputProblem("qr.notPrintable");
    }
    if (c.startsWith("000201")) {
      throw new InputProblem("qr.merchantPresented");
    }
    if (DIGITS.matcher(c).matches()) {
      throw new InputProblem("qr.productBarcode");
    }
    if (c.regionMatches(true, 0, "http://", 0, 7) || c.regionMatches(true, 0, "https://", 0, 8)) {
      throw new InputProblem("qr.url");
    }
    if (requireEmvCpm) {
      CpmPayload.Problem problem = CpmPayload.problem(c);
      if (problem != null) {
        // A keyboard-wedge scanner under a non-US layout swaps characters: Base64 breaks first.
        throw new InputProblem(
            problem == CpmPayload.Problem.NOT_BASE64 ? "qr.mangled" : "qr.notCpm");
      }
    }
    return c;
  }
}
