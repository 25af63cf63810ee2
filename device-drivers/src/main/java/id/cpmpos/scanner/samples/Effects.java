package id.cpmpos.scanner.samples;

import java.util.Random;

/** Pixel operations on packed RGB frames: what optics, screens and sensors do to a picture. */
final class Effects {
  private Effects() {}

  static int bilinear(int[] argb, int width, float u, float v) {
    int x = (int) u;
    int y = (int) v;
    float fx = u - x;
    float fy = v - y;
    int p00 = argb[y * width + x];
    int p10 = argb[y * width + x + 1];
    int p01 = argb[(y + 1) * width + x];
    int p11 = argb[(y + 1) * width + x + 1];
    int out = 0;
    for (int shift = 0; shift <= 24; shift += 8) {
      float top = ch(p00, shift) * (1 - fx) + ch(p10, shift) * fx;
      float bottom = ch(p01, shift) * (1 - fx) + ch(p11, shift) * fx;
      out |= (Math.round(top * (1 - fy) + bottom * fy) & 0xff) << shift;
    }
    return out;
  }

  /** Source over destination, by the source's alpha (the phone's rounded corners). */
  static int over(int src, int dst) {
    int alpha = src >>> 24;
    if (alpha == 255) {
      return src & 0xffffff;
    }
    int out = 0;
    for (int shift = 0; shift <= 16; shift += 8) {
      out |= ((ch(src, shift) * alpha + ch(dst, shift) * (255 - alpha)) / 255) << shift;
    }
    return out;
  }

  static void gaussianBlur(int[] rgb, int width, int height, double sigma) {
    int radius = Math.max(1, (int) Math.ceil(sigma * 2.5));
    float[] kernel = new float[2 * radius + 1];
    float sum = 0;
    for (int i = -radius; i <= radius; i++) {
      kernel[i + radius] = (float) Math.exp(-(i * i) / (2 * sigma * sigma));
      sum += kernel[i + radius];
    }
    for (int i = 0; i < kernel.length; i++) {
      kernel[i] /= sum;
    }
    int[] tmp = new int[rgb.length];
    pass(rgb, tmp, width, height, kernel, radius, true);
    pass(tmp, rgb, width, height, kernel, radius, false);
  }

  private static void pass(int[] in, int[] out, int width, int height, float[] kernel, int radius,
      boolean horizontal) {
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        float r = 0;
        float g = 0;
        float b = 0;
        for (int k = -radius; k <= radius; k++) {
          int sx = horizontal ? clamp(x + k, width) : x;
          int sy = horizontal ? y : clamp(y + k, height);
          int p = in[sy * width + sx];
          float w = kernel[k + radius];
          r += ch(p, 16) * w;
          g += ch(p, 8) * w;
          b += ch(p, 0) * w;
        }
        out[y * width + x] = rgb(r, g, b);
      }
    }
  }

  /** A bright reflection: pixels pulled towards white, strongest at the centre, fading outwards. */
  static void glare(int[] rgb, int width, int height, double cx, double cy, double radius,
      double strength) {
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        double d = Math.hypot((x - cx) / 1.6, y - cy) / radius; // an elongated streak, like a tube light
        if (d >= 1) {
          continue;
        }
        double a = strength * (1 - d * d);
        int p = rgb[y * width + x];
        rgb[y * width + x] = rgb(
            (float) (ch(p, 16) + (255 - ch(p, 16)) * a),
            (float) (ch(p, 8) + (255 - ch(p, 8)) * a),
            (float) (ch(p, 0) + (255 - ch(p, 0)) * a));
      }
    }
  }

  /** Squeezes every channel towards mid-grey: a dimmed screen under bright shop lights. */
  static void contrast(int[] rgb, double factor) {
    for (int i = 0; i < rgb.length; i++) {
      int p = rgb[i];
      rgb[i] = rgb(
          (float) (128 + (ch(p, 16) - 128) * factor),
          (float) (128 + (ch(p, 8) - 128) * factor),
          (float) (128 + (ch(p, 0) - 128) * factor));
    }
  }

  static void noise(int[] rgb, double sigma, Random random) {
    // Drawing three Gaussians per pixel dominates rendering time; a seeded table of them, read at
    // random offsets, looks the same to a decoder and costs a tenth.
    float[] table = new float[8192];
    for (int i = 0; i < table.length; i++) {
      table[i] = (float) (random.nextGaussian() * sigma);
    }
    int mask = table.length - 1;
    int k = random.nextInt(table.length);
    for (int i = 0; i < rgb.length; i++) {
      if ((i & 63) == 0) {
        k = random.nextInt(table.length);
      }
      int p = rgb[i];
      rgb[i] = rgb(ch(p, 16) + table[k++ & mask], ch(p, 8) + table[k++ & mask],
          ch(p, 0) + table[k++ & mask]);
    }
  }

  /**
   * Salt-and-pepper: each pixel, with probability {@code density}, stuck fully dark or fully
   * bright, as a sensor's hot and dead photosites are at high gain in a dim shop.
   */
  static void impulse(int[] rgb, double density, Random random) {
    for (int i = 0; i < rgb.length; i++) {
      if (random.nextDouble() < density) {
        rgb[i] = random.nextBoolean() ? 0xffffff : 0x000000;
      }
    }
  }

  private static int ch(int p, int shift) {
    return (p >>> shift) & 0xff;
  }

  private static int clamp(int v, int size) {
    return v < 0 ? 0 : Math.min(v, size - 1);
  }

  private static int rgb(float r, float g, float b) {
    return (byte8(r) << 16) | (byte8(g) << 8) | byte8(b);
  }

  private static int byte8(float v) {
    return v <= 0 ? 0 : v >= 255 ? 255 : Math.round(v);
  }
}
