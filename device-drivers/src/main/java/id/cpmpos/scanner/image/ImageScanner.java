package id.cpmpos.scanner.image;

import id.cpmpos.scanner.CallerFedScanner;
import id.cpmpos.scanner.ScanEvent;
import id.cpmpos.scanner.ScanListener;
import id.cpmpos.scanner.ScannerDescription;
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
public final class ImageScanner extends CallerFedScanner {
  private final ScannerDescription description;
  private final Clock clock;
  private final QrDecoder decoder = new QrDecoder();

  public ImageScanner(ScannerDescription description, Clock clock) {
    super(description);
    this.description = description;
    this.clock = clock;
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
    ScanListener l = listener();
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
}
