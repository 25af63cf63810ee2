package id.cpmpos.scanner.camera;

import id.cpmpos.scanner.ScanEvent;
import id.cpmpos.scanner.ScanListener;
import id.cpmpos.scanner.Scanner;
import id.cpmpos.scanner.ScannerDescription;
import id.cpmpos.scanner.ScannerProblem;
import id.cpmpos.scanner.ScannerStatus;
import id.cpmpos.scanner.StatusReporter;
import id.cpmpos.scanner.decode.DecodeResult;
import id.cpmpos.scanner.decode.QrDecoder;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A camera as a scanner: one background thread grabs the newest frame, hands it to the preview (at
 * most every {@code previewInterval}) and decodes it; frames that arrive meanwhile are dropped.
 * A missing or busy camera is a status, looked for again every {@code retryInterval}; a camera
 * driver that cannot load is an error, and the thread ends. Nothing here ever throws at the caller.
 */
public final class CameraScanner implements Scanner {
  private static final Logger log = LoggerFactory.getLogger(CameraScanner.class);

  private final String deviceId;
  private final String version;
  private final Supplier<FrameSource> sources;
  private final CameraSettings settings;
  private final Clock clock;
  private final StatusReporter status;
  private volatile Consumer<BufferedImage> preview = frame -> { };
  private volatile ScannerDescription description;
  private Thread thread;
  private CountDownLatch stopSignal;

  /**
   * @param sources makes a fresh frame source for each attempt to open the camera
   */
  public CameraScanner(String deviceId, String version, Supplier<FrameSource> sources, CameraSettings settings,
      Clock clock) {
    this.deviceId = deviceId;
    this.version = version;
    this.sources = sources;
    this.settings = settings;
    this.clock = clock;
    this.description = ScannerDescription.local(deviceId, version, "webcam");
    this.status = new StatusReporter(description);
  }

  /** Where preview frames go (the UI converts and shows them); called on the camera's thread. */
  public void previewTo(Consumer<BufferedImage> consumer) {
    this.preview = consumer == null ? frame -> { } : consumer;
  }

  @Override
  public ScannerDescription description() {
    return description;
  }

  @Override
  public ScannerStatus status() {
    return status.get();
  }

  @Override
  public synchronized void start(ScanListener listener) {
    if (thread != null) {
      return;
    }
    status.listener(listener);
    CountDownLatch stop = new CountDownLatch(1);
    stopSignal = stop;
    thread = new Thread(() -> run(listener, stop), "camera-" + deviceId);
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void stop() {
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
      t.join(TimeUnit.SECONDS.toMillis(5)); // a camera busy in its driver may take a moment to let go
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    status.set(ScannerStatus.STOPPED);
  }

  private void run(ScanListener listener, CountDownLatch stop) {
    QrDecoder decoder = new QrDecoder();
    while (stop.getCount() > 0) {
      FrameSource source = sources.get();
      try {
        source.open();
        description = new ScannerDescription(deviceId, version, source.name(), null);
        status.set(ScannerStatus.SCANNING);
        scan(source, decoder, listener, stop);
      } catch (FrameSourceException e) {
        if (e.problem() == ScannerProblem.DRIVER_UNAVAILABLE) {
          status.set(ScannerStatus.error(e.problem(), e.getMessage()));
          return; // no point retrying: the driver will not load later either
        }
        status.set(ScannerStatus.disconnected(e.problem(), e.getMessage()));
      } catch (RuntimeException | LinkageError e) {
        log.error("camera {} failed", deviceId, e);
        status.set(ScannerStatus.error(ScannerProblem.IO_ERROR, e.toString()));
        return;
      } finally {
        source.close();
      }
      await(stop, settings.retryInterval().toMillis());
    }
  }

  private void scan(FrameSource source, QrDecoder decoder, ScanListener listener, CountDownLatch stop)
      throws FrameSourceException {
    long nextPreview = 0;
    long previewEvery = settings.previewInterval().toNanos();
    while (stop.getCount() > 0) {
      BufferedImage frame = source.grab();
      if (frame == null) {
        continue;
      }
      long now = System.nanoTime();
      if (now - nextPreview >= 0) {
        nextPreview = now + previewEvery;
        preview.accept(frame);
      }
      DecodeResult result = decoder.decode(frame);
      if (result instanceof DecodeResult.Found found) {
        listener.onScan(new ScanEvent(found.content(), description, clock.instant()));
      }
    }
  }

  private static void await(CountDownLatch stop, long millis) {
    try {
      stop.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
