package id.cpmpos.scanner.camera;

import id.cpmpos.scanner.BackgroundScanner;
import id.cpmpos.scanner.ScanEvent;
import id.cpmpos.scanner.ScanListener;
import id.cpmpos.scanner.ScannerDescription;
import id.cpmpos.scanner.ScannerProblem;
import id.cpmpos.scanner.ScannerStatus;
import id.cpmpos.scanner.decode.DecodeResult;
import id.cpmpos.scanner.decode.QrDecoder;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
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
public final class CameraScanner extends BackgroundScanner {
  private static final Logger log = LoggerFactory.getLogger(CameraScanner.class);

  private final String deviceId;
  private final String version;
  private final Supplier<FrameSource> sources;
  private final CameraSettings settings;
  private final Clock clock;
  private volatile Consumer<BufferedImage> preview = frame -> {};
  private volatile ScannerDescription description; // the camera's name once it is open

  /**
   * @param sources makes a fresh frame source for each attempt to open the camera
   */
  public CameraScanner(String deviceId, String version, Supplier<FrameSource> sources,
      CameraSettings settings,
      Clock clock) {
    this(ScannerDescription.local(deviceId, version, "webcam"), deviceId, version, sources,
        settings, clock);
  }

  private CameraScanner(ScannerDescription initial, String deviceId, String version,
      Supplier<FrameSource> sources,
      CameraSettings settings, Clock clock) {
    super(initial);
    this.description = initial;
    this.deviceId = deviceId;
    this.version = version;
    this.sources = sources;
    this.settings = settings;
    this.clock = clock;
  }

  /** Where preview frames go (the UI converts and shows them); called on the camera's thread. */
  public void previewTo(Consumer<BufferedImage> consumer) {
    this.preview = consumer == null ? frame -> {} : consumer;
  }

  @Override
  public ScannerDescription description() {
    return description;
  }

  @Override
  protected String threadName() {
    return "camera-" + deviceId;
  }

  @Override
  protected void run(ScanListener listener, CountDownLatch stop) {
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
      pause(stop, settings.retryInterval().toMillis());
    }
  }

  private void scan(FrameSource source, QrDecoder decoder, ScanListener listener,
      CountDownLatch stop)
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
}
