package id.cpmpos.scanner;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All the scanners of one counter behind one listener: starts and stops them together, reports each
 * code once however many scanners (or frames) read it, and keeps every scanner's latest status.
 * A scanner that fails to start is reported as an error; the others keep working.
 */
public final class ScannerHub implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ScannerHub.class);
  public static final Duration DEFAULT_REPEAT_WINDOW = Duration.ofSeconds(2);

  private final List<Scanner> scanners = new CopyOnWriteArrayList<>();
  private final List<ScanListener> listeners = new CopyOnWriteArrayList<>();
  private final Map<String, ScannerStatus> statuses = new ConcurrentHashMap<>();
  private final RepeatFilter repeats;
  private final ScanListener fanIn = new ScanListener() {
    @Override
    public void onScan(ScanEvent event) {
      if (!repeats.isNew(event.content(), event.at())) {
        log.debug("repeat dropped: {}", event);
        return;
      }
      log.info("scan {}", event);
      for (ScanListener l : listeners) {
        l.onScan(event);
      }
    }

    @Override
    public void onStatus(ScannerDescription scanner, ScannerStatus status) {
      statuses.put(scanner.deviceId(), status);
      for (ScanListener l : listeners) {
        l.onStatus(scanner, status);
      }
    }
  };
  private volatile boolean started;

  public ScannerHub(Duration repeatWindow) {
    this.repeats = new RepeatFilter(repeatWindow);
  }

  public ScannerHub() {
    this(DEFAULT_REPEAT_WINDOW);
  }

  public void addListener(ScanListener listener) {
    listeners.add(listener);
  }

  /** Adds a scanner; if the hub is running, starts it at once. */
  public void add(Scanner scanner) {
    scanners.add(scanner);
    statuses.put(scanner.description().deviceId(), scanner.status());
    if (started) {
      startOne(scanner);
    }
  }

  public List<Scanner> scanners() {
    return List.copyOf(scanners);
  }

  /** The latest status of the scanner with this device id, or null if there is none. */
  public ScannerStatus status(String deviceId) {
    return statuses.get(deviceId);
  }

  public synchronized void start() {
    if (started) {
      return;
    }
    started = true;
    for (Scanner s : scanners) {
      startOne(s);
    }
  }

  private void startOne(Scanner s) {
    try {
      s.start(fanIn);
    } catch (RuntimeException | LinkageError e) {
      // A driver bug must not take the counter down: report it like any other broken device.
      log.error("scanner {} failed to start", s.description().deviceId(), e);
      fanIn.onStatus(s.description(), ScannerStatus.error(ScannerProblem.IO_ERROR, e.toString()));
    }
  }

  public synchronized void stop() {
    started = false;
    for (Scanner s : scanners) {
      try {
        s.stop();
      } catch (RuntimeException e) {
        log.warn("scanner {} failed to stop", s.description().deviceId(), e);
      }
    }
  }

  @Override
  public void close() {
    stop();
  }
}
