package id.cpmpos.scanner;

/**
 * A source of scanned codes: a webcam, a USB keyboard-wedge scanner, a serial scanner, an image.
 * The cashier does not care which one is there; the payment records which one read the code.
 *
 * <p>{@link #start} returns at once: a scanner that needs a device finds and opens it on its own
 * thread and reports how that went through {@link ScanListener#onStatus}. A missing or failing
 * device is a status, never an exception, so the other scanners keep working.
 */
public interface Scanner extends AutoCloseable {
  ScannerDescription description();

  ScannerStatus status();

  /** Starts reporting scans and status changes to {@code listener}. Starting twice is a no-op. */
  void start(ScanListener listener);

  /** Stops and releases the device; the scanner may be started again. */
  void stop();

  @Override
  default void close() {
    stop();
  }
}
