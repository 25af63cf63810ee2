package id.cpmpos.scanner.wedge;

import id.cpmpos.scanner.ContentHash;

/**
 * A scanner's burst of keystrokes, recognised.
 *
 * @param content what the scanner read, without prefix and terminator
 * @param keys how many keystrokes the burst took, terminator included: the UI takes that many
 *     characters back out of whatever field they landed in
 * @param startNanos when its first key came, on the detector's time base
 */
public record WedgeBurst(String content, int keys, long startNanos) {
  @Override
  public String toString() {
    return "WedgeBurst[" + ContentHash.of(content) + ", " + keys + " keys]";
  }
}
