package id.cpmpos.scanner.wedge;

import java.time.Duration;

/**
 * What separates a scanner's typing from a person's. Scanners type 4+ keys at a steady 5–20 ms;
 * people manage at most 2–3 keys under 20 ms (rollover) and average well over 60 ms.
 *
 * @param maxGap the longest pause inside a burst; a longer one starts a new burst
 * @param maxMeanGap the burst's mean gap must be at most this
 * @param minLength the fewest characters (without prefix and terminator) a scan has
 * @param prefix characters the scanner is configured to send first ("" = none); stripped
 * @param suffix what ends a scan: "\n" for Enter (the default), or e.g. "\t" or "#"; stripped
 */
public record WedgeSettings(Duration maxGap, Duration maxMeanGap, int minLength, String prefix,
    String suffix) {
  public static final WedgeSettings DEFAULTS = new WedgeSettings(Duration.ofMillis(50),
      Duration.ofMillis(25), 8, "", "\n");

  public WedgeSettings {
    if (maxGap.isNegative() || maxGap.isZero() || maxMeanGap.isNegative() || maxMeanGap.isZero()) {
      throw new IllegalArgumentException("gaps must be positive");
    }
    if (minLength < 1) {
      throw new IllegalArgumentException("minLength must be at least 1");
    }
    prefix = prefix == null ? "" : prefix;
    suffix = suffix == null || suffix.isEmpty() ? "\n" : suffix;
  }
}
