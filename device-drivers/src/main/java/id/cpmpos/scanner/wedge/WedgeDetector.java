package id.cpmpos.scanner.wedge;

import java.util.Optional;

/**
 * Tells a keyboard-wedge scanner's burst from a person typing, by timing alone. Pure logic: the UI
 * feeds it every typed character with the event's timestamp (Enter as {@code '\n'}) and lets the
 * key through as usual; when a key completes a burst, the detector returns it, and the UI swallows
 * that one key (the scanner's terminator) and takes the burst's characters back out of the field
 * they landed in. A person's keys are never held back or swallowed.
 *
 * <p>A burst: every gap at most {@code maxGap}, the mean gap at most {@code maxMeanGap}, at least
 * {@code minLength} characters, starting with the prefix (if one is set) and ending with the
 * suffix. A pause longer than {@code maxGap} starts a new candidate, so a person's typing just
 * before a scan does not end up in it.
 *
 * <p>Not thread-safe: fed from the UI thread.
 */
public final class WedgeDetector {
  private static final int MAX_KEYS = 4096; // a QR holds at most ~3 KB; beyond that it is a stuck key

  private final WedgeSettings settings;
  private final StringBuilder typed = new StringBuilder();
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
    if (typed.length() == 0 || gap > settings.maxGap().toNanos() || gap < 0 || typed.length() >= MAX_KEYS) {
      reset(nanos);
    } else {
      longestGap = Math.max(longestGap, gap);
    }
    typed.append(c == '\r' ? '\n' : c);
    lastNanos = nanos;
    if (!endsWith(settings.suffix())) {
      return Optional.empty();
    }
    Optional<WedgeBurst> burst = asBurst();
    typed.setLength(0); // a terminator ends the candidate, burst or not
    return burst;
  }

  /** Forgets the keys seen so far (the window lost focus, a field was cleared). */
  public void reset() {
    typed.setLength(0);
  }

  private void reset(long nanos) {
    typed.setLength(0);
    firstNanos = nanos;
    longestGap = 0;
  }

  private Optional<WedgeBurst> asBurst() {
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

  private boolean endsWith(String suffix) {
    int n = typed.length();
    return n >= suffix.length() && typed.substring(n - suffix.length()).equals(suffix);
  }
}
