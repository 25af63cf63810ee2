package id.cpmpos.scanner.decode;

import com.google.zxing.LuminanceSource;
import com.google.zxing.PlanarYUVLuminanceSource;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.util.Arrays;

/**
 * A frame's luminance, computed once per frame so that every decoding pass (crop, invert,
 * downscale, mask) starts from the same bytes instead of converting the image again.
 */
final class GrayFrame {
  final byte[] luma;
  final int width;
  final int height;

  GrayFrame(byte[] luma, int width, int height) {
    this.luma = luma;
    this.width = width;
    this.height = height;
  }

  static GrayFrame of(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    byte[] out = new byte[w * h];
    switch (image.getType()) {
      case BufferedImage.TYPE_3BYTE_BGR -> { // what webcams deliver: read the raster directly
        byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int i = 0, p = 0; i < out.length; i++, p += 3) {
          out[i] = (byte) luminance(bgr[p + 2] & 0xff, bgr[p + 1] & 0xff, bgr[p] & 0xff);
        }
      }
      case BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB -> {
        int[] rgb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < out.length; i++) {
          out[i] = (byte) luminance(rgb[i]);
        }
      }
      case BufferedImage.TYPE_BYTE_GRAY -> {
        byte[] gray = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(gray, 0, out, 0, out.length);
      }
      default -> {
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
          image.getRGB(0, y, w, 1, row, 0, w);
          for (int x = 0; x < w; x++) {
            out[y * w + x] = (byte) luminance(row[x]);
          }
        }
      }
    }
    return new GrayFrame(out, w, h);
  }

  private static int luminance(int argb) {
    if ((argb >>> 24) == 0) {
      return 0xff; // transparent pixels read as white paper, as zxing's own source does
    }
    return luminance((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
  }

  private static int luminance(int r, int g, int b) {
    return (306 * r + 601 * g + 117 * b + 0x200) >> 10; // ITU-R BT.601, in integers
  }

  LuminanceSource source() {
    return new PlanarYUVLuminanceSource(luma, width, height, 0, 0, width, height, false);
  }

  LuminanceSource crop(int left, int top, int w, int h) {
    return new PlanarYUVLuminanceSource(luma, width, height, left, top, w, h, false);
  }

  /** Half size, each pixel the mean of four: smooths sensor noise and screen moiré. */
  GrayFrame halved() {
    int w = width / 2;
    int h = height / 2;
    byte[] out = new byte[w * h];
    for (int y = 0; y < h; y++) {
      int a = 2 * y * width;
      int b = a + width;
      for (int x = 0; x < w; x++) {
        int sum = (luma[a + 2 * x] & 0xff) + (luma[a + 2 * x + 1] & 0xff) + (luma[b + 2 * x] & 0xff)
            + (luma[b + 2 * x + 1] & 0xff);
        out[y * w + x] = (byte) ((sum + 2) >> 2);
      }
    }
    return new GrayFrame(out, w, h);
  }

  /** Contrast stretched so the 1st to 99th percentile spans black to white: washed-out and glary screens. */
  GrayFrame stretched() {
    int[] histogram = new int[256];
    for (byte b : luma) {
      histogram[b & 0xff]++;
    }
    int low = percentile(histogram, luma.length / 100);
    int high = percentile(histogram, luma.length - luma.length / 100);
    if (high - low < 8) {
      return this;
    }
    byte[] out = new byte[luma.length];
    for (int i = 0; i < out.length; i++) {
      int v = ((luma[i] & 0xff) - low) * 255 / (high - low);
      out[i] = (byte) Math.max(0, Math.min(255, v));
    }
    return new GrayFrame(out, width, height);
  }

  private static int percentile(int[] histogram, int rank) {
    int seen = 0;
    for (int v = 0; v < 256; v++) {
      seen += histogram[v];
      if (seen >= rank) {
        return v;
      }
    }
    return 255;
  }

  /** Unsharp-masked: edges of modules that a soft focus smeared are steepened again. */
  GrayFrame sharpened() {
    byte[] out = luma.clone();
    for (int y = 1; y < height - 1; y++) {
      for (int x = 1; x < width - 1; x++) {
        int i = y * width + x;
        int centre = luma[i] & 0xff;
        int around = (luma[i - 1] & 0xff) + (luma[i + 1] & 0xff) + (luma[i - width] & 0xff)
            + (luma[i + width] & 0xff);
        int v = centre + (4 * centre - around);
        out[i] = (byte) Math.max(0, Math.min(255, v));
      }
    }
    return new GrayFrame(out, width, height);
  }

  /**
   * Each pixel the median of its 3×3 neighbourhood: removes impulse (salt-and-pepper) noise, which
   * a dim shop's camera adds at high gain, while keeping module edges sharp (a mean would smear
   * every stuck pixel into its neighbours). The border rows and columns are kept as they are.
   */
  GrayFrame medianFiltered() {
    byte[] out = luma.clone();
    int[] w = new int[9];
    for (int y = 1; y < height - 1; y++) {
      for (int x = 1; x < width - 1; x++) {
        int i = y * width + x;
        int k = 0;
        for (int row = i - width; row <= i + width; row += width) {
          w[k++] = luma[row - 1] & 0xff;
          w[k++] = luma[row] & 0xff;
          w[k++] = luma[row + 1] & 0xff;
        }
        out[i] = (byte) median9(w);
      }
    }
    return new GrayFrame(out, width, height);
  }

  /** The median of nine values by a fixed exchange network (19 compare-swaps, Paeth's). */
  private static int median9(int[] p) {
    sort(p, 1, 2);
    sort(p, 4, 5);
    sort(p, 7, 8);
    sort(p, 0, 1);
    sort(p, 3, 4);
    sort(p, 6, 7);
    sort(p, 1, 2);
    sort(p, 4, 5);
    sort(p, 7, 8);
    sort(p, 0, 3);
    sort(p, 5, 8);
    sort(p, 4, 7);
    sort(p, 3, 6);
    sort(p, 1, 4);
    sort(p, 2, 5);
    sort(p, 4, 7);
    sort(p, 4, 2);
    sort(p, 6, 4);
    sort(p, 4, 2);
    return p[4];
  }

  private static void sort(int[] p, int a, int b) {
    if (p[a] > p[b]) {
      int t = p[a];
      p[a] = p[b];
      p[b] = t;
    }
  }

  /** A copy with the axis-aligned box around these points painted over, plus a margin. */
  GrayFrame masked(float minX, float minY, float maxX, float maxY) {
    byte[] out = luma.clone();
    int x0 = Math.max(0, (int) minX);
    int y0 = Math.max(0, (int) minY);
    int x1 = Math.min(width - 1, (int) Math.ceil(maxX));
    int y1 = Math.min(height - 1, (int) Math.ceil(maxY));
    byte fill = (byte) 0x80; // mid-grey: neither dark nor light modules, in normal or dark mode
    for (int y = y0; y <= y1; y++) {
      Arrays.fill(out, y * width + x0, y * width + x1 + 1, fill);
    }
    return new GrayFrame(out, width, height);
  }
}
