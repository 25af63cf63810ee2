package id.cpmpos.scanner;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A scanner that owns a device and reads it on one daemon thread of its own (a camera, a serial
 * port). This class is that thread's life: start once, stop by a latch the loop watches, wait a
 * bounded time for the device to let go. Subclasses write only the loop.
 */
public abstract class BackgroundScanner implements Scanner {
  /** A device busy in its driver may take a moment to let go; stop() never waits longer. */
  private static final long STOP_WAIT_MILLIS = TimeUnit.SECONDS.toMillis(5);

  protected final StatusReporter status;
  private Thread thread;
  private CountDownLatch stopSignal;

  protected BackgroundScanner(ScannerDescription description) {
    this.status = new StatusReporter(description);
  }

  /** The thread's name, e.g. {@code camera-webcam}. */
  protected abstract String threadName();

  /** Reads the device until {@code stop} is counted down; reports through {@link #status}. */
  protected abstract void run(ScanListener listener, CountDownLatch stop);

  @Override
  public ScannerStatus status() {
    return status.get();
  }

  @Override
  public final synchronized void start(ScanListener listener) {
    if (thread != null) {
      return;
    }
    status.listener(listener);
    CountDownLatch stop = new CountDownLatch(1);
    stopSignal = stop;
    thread = new Thread(() -> run(listener, stop), threadName());
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public final void stop() {
    Thread t;
    synchronized (this) {
      t = thread;
      if (t == null) {
        return;
      }
      thread = null;
      stopSignal.countDown();
    }
    try {
      t.join(STOP_WAIT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    status.set(ScannerStatus.STOPPED);
  }

  /** Waits up to {@code millis} or until stopped, whichever comes first. */
  protected static void pause(CountDownLatch stop, long millis) {
    try {
      stop.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
