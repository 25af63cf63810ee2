package id.cpmpos.scanner.samples;

/**
 * One picture of the sample set: what it shows and what a decoder should make of it.
 *
 * @param name unique, file-name safe, e.g. {@code rotation-45}
 * @param category what is being varied, e.g. {@code rotation}; negatives are in {@code no-code},
 *     {@code barcode-1d} and {@code two-codes}
 * @param content the one QR content a decoder should find, or null when it should find none
 */
public record Sample(String name, String category, PhoneScene scene, Shows shows, String content) {
  /** What the phone's screen shows. */
  public enum Shows {
    QR, NOTHING, BARCODE_1D, TWO_QRS
  }

  public boolean positive() {
    return shows == Shows.QR;
  }
}
