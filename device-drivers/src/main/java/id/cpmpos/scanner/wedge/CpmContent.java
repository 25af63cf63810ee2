package id.cpmpos.scanner.wedge;

/**
 * What a QRIS CPM code holds, as a scanner types it: Base64 of BER-TLV that begins with tag 85
 * (payload format indicator) "CPV01", bytes {@code 85 05 43 50 56 30 31}, so every such code starts
 * with {@value #MARKER}. (The tenth character already depends on the next tag: {@code hQVDUFYwMWE}
 * before the usual application template 61.) Nobody types that by hand: it tells a scan from
 * typing whatever the key timing looked like.
 */
public final class CpmContent {
  public static final String MARKER = "hQVDUFYwM";

  private CpmContent() {}

  /** Whether {@code text} is, as a whole, a CPM payload (the marker, then Base64 only). */
  public static boolean is(CharSequence text) {
    return text != null && text.length() >= MARKER.length() && startsAt(text, 0)
        && base64End(text, 0) == text.length();
  }

  /**
   * Where the last CPM payload in {@code text} that runs to its end begins, or -1: the characters
   * before it are someone's typing (or a prefix), the rest is the scan.
   */
  public static int startOfTrailing(CharSequence text) {
    int at = lastMarker(text, text.length());
    return at >= 0 && base64End(text, at) == text.length() ? at : -1;
  }

  /** The last CPM payload anywhere in {@code text}, as {@code [start, end)}, or null. */
  public static int[] find(CharSequence text) {
    int at = lastMarker(text, text.length());
    return at < 0 ? null : new int[]{at, base64End(text, at)};
  }

  private static int lastMarker(CharSequence text, int before) {
    for (int i = before - MARKER.length(); i >= 0; i--) {
      if (startsAt(text, i)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsAt(CharSequence text, int at) {
    for (int k = 0; k < MARKER.length(); k++) {
      if (text.charAt(at + k) != MARKER.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int base64End(CharSequence text, int from) {
    int i = from;
    while (i < text.length() && isBase64(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isBase64(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
        || c == '/'
        || c == '=';
  }
}
