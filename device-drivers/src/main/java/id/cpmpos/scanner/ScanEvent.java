package id.cpmpos.scanner;

import java.time.Instant;
import java.util.Objects;

/**
 * One code read by one scanner.
 *
 * @param content the decoded text, exactly as read (never logged: see {@link #toString()})
 * @param source the scanner that read it
 * @param at when it was read, by the scanner's clock
 */
public record ScanEvent(String content, ScannerDescription source, Instant at) {
  public ScanEvent {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(at, "at");
  }

  /** Safe to log: the content appears only as its hash. */
  @Override
  public String toString() {
    return "ScanEvent[" + ContentHash.of(content) + " from " + source.deviceId() + " at " + at
        + "]";
  }
}
