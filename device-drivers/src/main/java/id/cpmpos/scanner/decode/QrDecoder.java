package id.cpmpos.scanner.decode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decodes the QR code a customer shows on a phone screen, from a camera frame or a file.
 *
 * <p>Stock zxing on a single pass does badly on screens (glare, moiré, dark mode, tilt), so this
 * runs a cascade, cheapest first, and stops at the first hit: the centre of the frame where the
 * phone usually is, then the whole frame, then zxing's hard mode with inverted (dark-mode) codes,
 * then a contrast-stretched copy (glare, washed-out screens), then a half-size copy whose averaging
 * removes noise and moiré, and last a 3×3 median-filtered copy for the impulse (salt-and-pepper)
 * noise of a camera at high gain in a dim shop, which averaging only smears. Only QR codes are
 * looked for: a 1-D barcode on the customer's screen is not a payment code.
 *
 * <p>When a code is found, its area is painted over and the image decoded again: a second,
 * different code makes the read {@link DecodeResult.Ambiguous} rather than a guess.
 *
 * <p>Instances are cheap; not thread-safe (zxing readers keep state): one per thread.
 */
public final class QrDecoder {
  private static final double CENTRE = 0.6;

  private final MultiFormatReader fast = reader(false);
  private final MultiFormatReader hard = reader(true);
  private final List<Pass> passes = List.of(
      new Pass("centre", f -> View.centre(f, CENTRE), false, false),
      new Pass("frame", View::whole, false, false),
      new Pass("hard", View::whole, true, false),
      new Pass("global-histogram", View::whole, true, true),
      new Pass("stretched", f -> View.whole(f.stretched()), true, false),
      new Pass("sharpened", f -> View.whole(f.sharpened()), true, false),
      new Pass("halved", f -> new View(f.halved().source(), 0, 0, 2), true, false),
      new Pass("median", f -> View.whole(f.medianFiltered()), true, false));

  private static MultiFormatReader reader(boolean tryHarder) {
    Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
    hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
    if (tryHarder) {
      hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
      hints.put(DecodeHintType.ALSO_INVERTED, Boolean.TRUE);
    }
    MultiFormatReader reader = new MultiFormatReader();
    reader.setHints(hints);
    return reader;
  }

  public DecodeResult decode(BufferedImage image) {
    long start = System.nanoTime();
    GrayFrame frame = GrayFrame.of(image);
    Optional<Hit> hit = firstHit(frame, passes);
    if (hit.isEmpty()) {
      return new DecodeResult.NotFound(since(start));
    }
    Hit first = hit.get();
    Optional<Hit> other = firstHit(maskAround(frame, first), passes.subList(1, 4));
    if (other.isPresent() && !other.get().result.getText().equals(first.result.getText())) {
      return new DecodeResult.Ambiguous(2, since(start));
    }
    return new DecodeResult.Found(first.result.getText(), first.result.getBarcodeFormat().name(),
        first.pass,
        since(start));
  }

  private Optional<Hit> firstHit(GrayFrame frame, List<Pass> cascade) {
    for (Pass pass : cascade) {
      View view = pass.view.apply(frame);
      LuminanceSource source = view.source;
      BinaryBitmap bitmap = new BinaryBitmap(pass.globalHistogram
          ? new GlobalHistogramBinarizer(source)
          : new HybridBinarizer(source));
      MultiFormatReader reader = pass.hard ? hard : fast;
      try {
        Result result = reader.decodeWithState(bitmap);
        return Optional.of(new Hit(pass.name, result, view));
      } catch (NotFoundException e) {
        // not in this pass: try the next
      } finally {
        reader.reset();
      }
    }
    return Optional.empty();
  }

  /** The frame with the found code painted over, so a second code (if any) is all that is left to find. */
  private static GrayFrame maskAround(GrayFrame frame, Hit hit) {
    ResultPoint[] p = hit.result.getResultPoints();
    // QR result points are the finder centres: bottom-left, top-left, top-right. The fourth
    // corner completes the parallelogram; the code's edge lies a few modules beyond the centres.
    float[] xs = {p[0].getX(), p[1].getX(), p[2].getX(), p[0].getX() + p[2].getX() - p[1].getX()};
    float[] ys = {p[0].getY(), p[1].getY(), p[2].getY(), p[0].getY() + p[2].getY() - p[1].getY()};
    float cx = (xs[0] + xs[2]) / 2;
    float cy = (ys[0] + ys[2]) / 2;
    float minX = Float.MAX_VALUE;
    float minY = Float.MAX_VALUE;
    float maxX = -Float.MAX_VALUE;
    float maxY = -Float.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      float x = hit.view.left + (cx + (xs[i] - cx) * 1.35f) * hit.view.scale;
      float y = hit.view.top + (cy + (ys[i] - cy) * 1.35f) * hit.view.scale;
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
    return frame.masked(minX, minY, maxX, maxY);
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  private record Pass(String name, Function<GrayFrame, View> view, boolean hard,
      boolean globalHistogram) {}

  /** What a pass decodes, and where it sits in the frame: maps result points back to frame pixels. */
  private record View(LuminanceSource source, int left, int top, int scale) {
    static View whole(GrayFrame f) {
      return new View(f.source(), 0, 0, 1);
    }

    static View centre(GrayFrame f, double fraction) {
      int w = Math.max(1, (int) (f.width * fraction));
      int h = Math.max(1, (int) (f.height * fraction));
      int left = (f.width - w) / 2;
      int top = (f.height - h) / 2;
      return new View(f.crop(left, top, w, h), left, top, 1);
    }
  }

  private record Hit(String pass, Result result, View view) {}
}
