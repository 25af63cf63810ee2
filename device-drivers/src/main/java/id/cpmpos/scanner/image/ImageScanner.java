package id.cpmpos.scanner.image;

import id.cpmpos.scanner.ScanEvent;
import id.cpmpos.scanner.ScanListener;
import id.cpmpos.scanner.Scanner;
import id.cpmpos.scanner.ScannerDescription;
import id.cpmpos.scanner.ScannerStatus;
import id.cpmpos.scanner.StatusReporter;
import id.cpmpos.scanner.decode.DecodeResult;
import id.cpmpos.scanner.decode.QrDecoder;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import javax.imageio.ImageIO;

/**
 * A scanner fed with pictures: a file, or an image in memory (the demo's phone, a test). It uses
 * the camera's decoder, so what it reads, a camera shown the same picture reads too.
 */
public final class ImageScanner implements Scanner {
  private final ScannerDescription description;
  private final Clock clock;
  private final QrDecoder decoder = new QrDecoder();
  private final StatusReporter status;
  private volatile ScanListener listener;

  public ImageScanner(ScannerDescription description, Clock clock) {
    this.description = description;
    this.clock = clock;
    this.status = new StatusReporter(description);
  }

  public ImageScanner(String version, Clock clock) {
    this(ScannerDescription.local("image", version, "image"), clock);
  }

  /** Decodes an image file (PNG, JPEG, GIF, BMP). */
  public static DecodeResult decodeFile(Path file) throws IOException {
    return new QrDecoder().decode(readImage(file));
  }

  public static BufferedImage readImage(Path file) throws IOException {
    BufferedImage image = ImageIO.read(file.toFile());
    if (image == null) {
      throw new IOException("not an image this JVM can read (PNG, JPEG, GIF, BMP): " + file);
    }
    return image;
  }

  /** Decodes the image; when it holds exactly one QR code and the scanner is started, reports the scan. */
  public DecodeResult read(BufferedImage image) {
    DecodeResult result;
    synchronized (decoder) {
      result = decoder.decode(image);
    }
    ScanListener l = listener;
    if (result instanceof DecodeResult.Found found && l != null) {
      l.onScan(new ScanEvent(found.content(), description, clock.instant()));
    }
    return result;
  }

  public DecodeResult read(Path file) throws IOException {
    return read(readImage(file));
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
  public void start(ScanListener listener) {
    this.listener = listener;
    status.listener(listener);
    status.set(ScannerStatus.READY);
  }

  @Override
  public void stop() {
    status.set(ScannerStatus.STOPPED);
    listener = null;
  }
}
