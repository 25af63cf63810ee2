package id.cpmpos.scanner;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds one scanner's status and tells its listener about changes only, so a driver that retries a
 * missing device every second does not flood the UI (or the log) with the same news.
 */
public final class StatusReporter {
  private static final Logger log = LoggerFactory.getLogger(StatusReporter.class);

  private final ScannerDescription scanner;
  private final AtomicReference<ScannerStatus> current = new AtomicReference<>(
      ScannerStatus.STOPPED);
  private volatile ScanListener listener;

  public StatusReporter(ScannerDescription scanner) {
    this.scanner = Objects.requireNonNull(scanner);
  }

  public void listener(ScanListener listener) {
    this.listener = listener;
  }

  public ScannerStatus get() {
    return current.get();
  }

  public void set(ScannerStatus status) {
    ScannerStatus old = current.getAndSet(status);
    if (status.equals(old)) {
      return;
    }
    if (status.state() == ScannerState.ERROR || status.state() == ScannerState.DISCONNECTED) {
      log.warn("scanner {}: {} {} {}", scanner.deviceId(), status.state(), status.problem(),
          status.detail());
    } else {
      log.info("scanner {}: {}", scanner.deviceId(), status.state());
    }
    ScanListener l = listener;
    if (l != null) {
      l.onStatus(scanner, status);
    }
  }
}
