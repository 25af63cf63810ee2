package id.cpmpos.scanner;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Collects what scanners report, and lets a test wait for the next scan or a status, with a bound. */
public final class RecordingListener implements ScanListener {
  public final BlockingQueue<ScanEvent> scans = new LinkedBlockingQueue<>();
  public final List<ScannerStatus> statuses = new CopyOnWriteArrayList<>();
  private final BlockingQueue<ScannerStatus> statusQueue = new LinkedBlockingQueue<>();

  @Override
  public void onScan(ScanEvent event) {
    scans.add(event);
  }

  @Override
  public void onStatus(ScannerDescription scanner, ScannerStatus status) {
    statuses.add(status);
    statusQueue.add(status);
  }

  public ScanEvent nextScan(Duration limit) throws InterruptedException {
    ScanEvent e = scans.poll(limit.toMillis(), TimeUnit.MILLISECONDS);
    if (e == null) {
      throw new AssertionError("no scan within " + limit);
    }
    return e;
  }

  /** The next status reported, waiting at most {@code limit}. */
  public ScannerStatus nextStatus(Duration limit) throws InterruptedException {
    ScannerStatus s = statusQueue.poll(limit.toMillis(), TimeUnit.MILLISECONDS);
    if (s == null) {
      throw new AssertionError("no status within " + limit);
    }
    return s;
  }

  /** Waits until a status in this state arrives (earlier ones are skipped). */
  public ScannerStatus awaitState(ScannerState state, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      ScannerStatus s = left <= 0 ? null : statusQueue.poll(left, TimeUnit.NANOSECONDS);
      if (s == null) {
        throw new AssertionError(
            "no " + state + " within " + limit + "; statuses so far: " + statuses);
      }
      if (s.state() == state) {
        return s;
      }
    }
  }
}
