package id.cpmpos.scanner.wedge;

import id.cpmpos.scanner.CallerFedScanner;
import id.cpmpos.scanner.ScanEvent;
import id.cpmpos.scanner.ScanListener;
import id.cpmpos.scanner.ScannerDescription;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * A USB scanner that types like a keyboard. It has no device to open: the UI feeds it the window's
 * key events, and it reports the bursts its detector recognises. The OS gives no way to tell which
 * keyboard a key came from, so its description names the kind, not the device.
 */
public final class KeyboardWedgeScanner extends CallerFedScanner {
  private final ScannerDescription description;
  private final WedgeDetector detector;
  private final WedgeSettings settings;
  private final Clock clock;

  public KeyboardWedgeScanner(ScannerDescription description, WedgeSettings settings, Clock clock) {
    super(description);
    this.description = description;
    this.detector = new WedgeDetector(settings);
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * One typed character ({@code '\n'} for Enter) with its event time in nanoseconds. Returns the
   * burst it completes, which has also been reported as a scan: the caller swallows this key and
   * takes the burst's characters back out of the focused field.
   */
  public Optional<WedgeBurst> key(char c, long nanos) {
    return key(c, nanos, WedgeBurst::content);
  }

  /**
   * As {@link #key(char, long)}, with {@code takeBack} run before the scan is reported: the UI
   * removes the burst's characters from the field they landed in (so that what the scan then puts
   * into the scan field is not cut by it) and returns the content to report, normally the burst's.
   */
  public Optional<WedgeBurst> key(char c, long nanos, Function<WedgeBurst, String> takeBack) {
    ScanListener l = listener();
    if (l == null) {
      return Optional.empty();
    }
    Optional<WedgeBurst> burst = detector.key(c, nanos);
    burst.ifPresent(b -> {
      String content = takeBack.apply(b);
      if (content != null && !content.isEmpty()) {
        l.onScan(new ScanEvent(content, description, clock.instant()));
      }
    });
    return burst;
  }

  /**
   * Now on the detector's time base, from the injected clock: JavaFX key events carry no time, so
   * the UI stamps each on arrival (a test moves the clock to replay a burst's gaps).
   */
  public long nanoTime() {
    Instant now = clock.instant();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  public WedgeSettings settings() {
    return settings;
  }

  @Override
  public ScannerDescription description() {
    return description;
  }

  @Override
  protected void onStop() {
    detector.reset();
  }
}
