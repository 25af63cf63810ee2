package id.cpmpos.scanner.wedge;

import java.util.Optional;

/**
 * Tells a keyboard-wedge scanner's burst from a person typing. Pure logic: the UI feeds it every
 * typed character with the event's timestamp (Enter as {@code '\n'}) and lets the key through as
 * usual; when a key completes a burst, the detector returns it, and the UI swallows that one key
 * (the scanner's terminator) and takes the burst's characters back out of the field they landed in.
 * A person's keys are never held back or swallowed.
 *
 * <p>Two ways to be a burst, either is enough:
 * <ul>
 *   <li>by timing: every gap at most {@code maxGap}, the mean gap at most {@code maxMeanGap}, at
 *       least {@code minLength} characters, starting with the prefix (if one is set) and ending with
 *       the suffix. A pause longer than {@code maxGap} starts a new candidate, so a person's typing
 *       just before a scan does not end up in it;
 *   <li>by content: what was typed since the last terminator ends in a QRIS CPM payload
 *       ({@link CpmContent}). JavaFX key events carry no time and a loaded machine delivers them in
 *       clumps and stalls, so a scanner's keys can look slow, split by a pause, or its Enter come
 *       late; a CPM code is still a scan, and only the code itself (from its marker) is taken.
 * </ul>
 *
 * <p>Not thread-safe: fed from the UI thread.
 */
public final class WedgeDetector {
  private static final int MAX_KEYS = 4096; // a QR holds at most ~3 KB; beyond that it is a stuck key

  private final WedgeSettings settings;
  private final StringBuilder typed = new StringBuilder();
  /** Everything since the last terminator, whatever the pauses: where a CPM payload is looked for. */
  private final StringBuilder sinceTerminator = new StringBuilder();
  private long firstNanos;
  private long lastNanos;
  private long longestGap;

  public WedgeDetector(WedgeSettings settings) {
    this.settings = settings;
  }

  /**
   * One typed character at {@code nanos} (any monotonic time base: the UI's event time, a test's
   * explicit value). Returns the burst this key completes, if it does.
   */
  public Optional<WedgeBurst> key(char c, long nanos) {
    long gap = nanos - lastNanos;
    if (typed.length() == 0 || gap > settings.maxGap().toNanos() || gap < 0
        || typed.length() >= MAX_KEYS) {
      reset(nanos);
    } else {
      longestGap = Math.max(longestGap, gap);
    }
    char k = c == '\r' ? '\n' : c;
    typed.append(k);
    if (sinceTerminator.length() >= MAX_KEYS) {
      sinceTerminator.setLength(0);
    }
    sinceTerminator.append(k);
    lastNanos = nanos;
    if (!endsWith(typed, settings.suffix())) {
      return Optional.empty();
    }
    // Content first: a CPM code split by a stall would otherwise pass on timing as its fast tail alone.
    Optional<WedgeBurst> burst = byContent().or(this::byTiming);
    // A terminator ends the candidate, burst or not.
    typed.setLength(0);
    sinceTerminator.setLength(0);
    return burst;
  }

  /** Forgets the keys seen so far (the window lost focus, a field was cleared). */
  public void reset() {
    typed.setLength(0);
    sinceTerminator.setLength(0);
  }

  private void reset(long nanos) {
    typed.setLength(0);
    firstNanos = nanos;
    longestGap = 0;
  }

  private Optional<WedgeBurst> byTiming() {
    int keys = typed.length();
    String body = typed.substring(0, keys - settings.suffix().length());
    if (!body.startsWith(settings.prefix())) {
      return Optional.empty();
    }
    String content = body.substring(settings.prefix().length());
    if (content.length() < settings.minLength()) {
      return Optional.empty();
    }
    long meanGap = (lastNanos - firstNanos) / (keys - 1);
    if (meanGap > settings.maxMeanGap().toNanos() || longestGap > settings.maxGap().toNanos()) {
      return Optional.empty();
    }
    return Optional.of(new WedgeBurst(content, keys, firstNanos));
  }

  private Optional<WedgeBurst> byContent() {
    String body = sinceTerminator.substring(0,
        sinceTerminator.length() - settings.suffix().length());
    int at = CpmContent.startOfTrailing(body);
    if (at < 0) {
      return Optional.empty();
    }
    String content = body.substring(at);
    int keys = content.length() + settings.suffix().length();
    String prefix = settings.prefix();
    if (!prefix.isEmpty() && at >= prefix.length()
        && body.startsWith(prefix, at - prefix.length())) {
      keys += prefix.length();
    }
    return Optional.of(new WedgeBurst(content, keys, lastNanos));
  }

  private static boolean endsWith(StringBuilder s, String suffix) {
    int n = s.length();
    return n >= suffix.length() && s.substring(n - suffix.length()).equals(suffix);
  }
}
