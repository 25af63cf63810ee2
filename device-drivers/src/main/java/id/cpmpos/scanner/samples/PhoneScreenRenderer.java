package id.cpmpos.scanner.samples;

import static id.cpmpos.scanner.samples.PhoneScene.Knob.BLUR;
import static id.cpmpos.scanner.samples.PhoneScene.Knob.CODE_SIZE;
import static id.cpmpos.scanner.samples.PhoneScene.Knob.CONTRAST;
import static id.cpmpos.scanner.samples.PhoneScene.Knob.GLARE;
import static id.cpmpos.scanner.samples.PhoneScene.Knob.IMPULSE;
import static id.cpmpos.scanner.samples.PhoneScene.Knob.NOISE;
import static id.cpmpos.scanner.samples.PhoneScene.Knob.ROTATION;
import static id.cpmpos.scanner.samples.PhoneScene.Knob.TILT;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.PerspectiveTransform;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Map;
import java.util.Random;

/**
 * Draws what a counter camera sees when a customer holds up a phone showing a payment code: a
 * phone on a cluttered counter, its screen with a wallet app's QR, then the scene's distortions
 * (scale, rotation, perspective, blur, glare, low contrast, noise, dark mode). The output is a
 * {@code TYPE_3BYTE_BGR} image, the type webcams deliver. Deterministic for a given seed.
 */
public final class PhoneScreenRenderer {
  /** The QR's side on the phone canvas before it is mapped into the frame. */
  private static final int CANVAS_CODE = 480;
  private static final int CANVAS_WIDTH = 620;
  private static final int CANVAS_HEIGHT = 1240;

  private PhoneScreenRenderer() {}

  public static BufferedImage render(Sample sample, int width, int height, long seed) {
    Random random = new Random(seed ^ sample.name().hashCode());
    PhoneScene scene = sample.scene();
    BufferedImage phone = phone(sample);
    int[] frame = new int[width * height];
    counter(frame, width, height, random);
    place(phone, frame, width, height, scene, random);
    double scale = height / 720.0;
    if (scene.get(BLUR) > 0) {
      Effects.gaussianBlur(frame, width, height, scene.get(BLUR) * scale);
    }
    if (scene.get(GLARE) > 0) {
      Effects.glare(frame, width, height, width * (0.45 + 0.1 * random.nextDouble()),
          height * (0.4 + 0.1 * random.nextDouble()), scene.get(CODE_SIZE) * height * 0.45,
          scene.get(GLARE));
    }
    if (scene.get(CONTRAST) < 1) {
      Effects.contrast(frame, scene.get(CONTRAST));
    }
    if (scene.get(NOISE) > 0) {
      Effects.noise(frame, scene.get(NOISE), random);
    }
    if (scene.get(IMPULSE) > 0) {
      Effects.impulse(frame, scene.get(IMPULSE), random);
    }
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    out.setRGB(0, 0, width, height, frame, 0, width);
    return out;
  }

  /** The phone, flat and face-on: body, screen, the wallet app's header, the code, a caption. */
  static BufferedImage phone(Sample sample) {
    boolean dark = sample.scene().darkMode();
    Color screen = dark ? new Color(0x12, 0x12, 0x12) : Color.WHITE;
    Color ink = dark ? new Color(0xE6, 0xE6, 0xE6) : new Color(0x11, 0x11, 0x11);
    BufferedImage img = new BufferedImage(CANVAS_WIDTH, CANVAS_HEIGHT, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(new Color(0x1C, 0x1C, 0x1E));
    g.fillRoundRect(0, 0, CANVAS_WIDTH, CANVAS_HEIGHT, 90, 90);
    int inset = 22;
    g.setColor(screen);
    g.fillRoundRect(inset, inset, CANVAS_WIDTH - 2 * inset, CANVAS_HEIGHT - 2 * inset, 60, 60);
    g.setColor(new Color(0xC8, 0x10, 0x2E));
    g.fillRect(inset, 90, CANVAS_WIDTH - 2 * inset, 110);
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
    g.drawString("Bayar QRIS", 60, 160);
    g.setColor(ink);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
    g.drawString("Tunjukkan ke kasir", 60, 270);
    int codeTop = 330;
    int left = (CANVAS_WIDTH - CANVAS_CODE) / 2;
    switch (sample.shows()) {
      case QR -> drawMatrix(g, qr(sample.content()), left, codeTop, CANVAS_CODE, CANVAS_CODE, dark);
      case TWO_QRS -> {
        int half = CANVAS_CODE / 2 - 12;
        drawMatrix(g, qr(sample.content()), left - 40, codeTop, half + 40, half + 40, dark);
        drawMatrix(g, qr(new StringBuilder(sample.content()).reverse().toString()),
            left + half + 24,
            codeTop + half + 40, half + 40, half + 40, dark);
      }
      case BARCODE_1D ->
        drawMatrix(g, code128("8991234567890123"), left - 30, codeTop + 120, CANVAS_CODE + 60,
            200, dark);
      case NOTHING -> {
        g.setStroke(new BasicStroke(6));
        g.drawRoundRect(left, codeTop, CANVAS_CODE, CANVAS_CODE, 40, 40);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 56));
        g.drawString("Rp 25.000", left + 60, codeTop + CANVAS_CODE / 2);
      }
    }
    g.setColor(ink);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 28));
    g.drawString("Berlaku 00:58", 60, codeTop + CANVAS_CODE + 80);
    g.drawString("Saldo  Rp 1.250.000", 60, codeTop + CANVAS_CODE + 130);
    g.dispose();
    return img;
  }

  private static BitMatrix qr(String content) {
    try {
      return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
          Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION,
              ErrorCorrectionLevel.M));
    } catch (WriterException e) {
      throw new IllegalArgumentException("content does not fit a QR code", e);
    }
  }

  private static BitMatrix code128(String content) {
    return new Code128Writer().encode(content, BarcodeFormat.CODE_128, 0, 1,
        Map.of(EncodeHintType.MARGIN, 0));
  }

  /** The matrix with a quiet zone, scaled into the box; in dark mode, light modules on dark. */
  private static void drawMatrix(Graphics2D g, BitMatrix m, int x, int y, int w, int h,
      boolean dark) {
    Color paper = dark ? new Color(0x12, 0x12, 0x12) : Color.WHITE;
    Color module = dark ? new Color(0xE6, 0xE6, 0xE6) : Color.BLACK;
    int quiet = m.getHeight() == 1 ? 10 : 3;
    int cols = m.getWidth() + 2 * quiet;
    int rows = m.getHeight() == 1 ? 1 : m.getHeight() + 2 * quiet;
    double mw = (double) w / cols;
    double mh = m.getHeight() == 1 ? h : (double) h / rows;
    g.setColor(paper);
    g.fillRect(x, y, w, h);
    g.setColor(module);
    for (int r = 0; r < m.getHeight(); r++) {
      for (int c = 0; c < m.getWidth(); c++) {
        if (m.get(c, r)) {
          int x0 = (int) Math.round(x + (c + quiet) * mw);
          int x1 = (int) Math.round(x + (c + quiet + 1) * mw);
          int y0 = m.getHeight() == 1 ? y : (int) Math.round(y + (r + quiet) * mh);
          int y1 = m.getHeight() == 1 ? y + h : (int) Math.round(y + (r + quiet + 1) * mh);
          g.fillRect(x0, y0, x1 - x0, y1 - y0);
        }
      }
    }
  }

  /** A counter top with clutter, so the decoder has edges to be fooled by. */
  private static void counter(int[] frame, int width, int height, Random random) {
    BufferedImage bg = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = bg.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(0x8a, 0x6a, 0x4a), width, height,
        new Color(0x4a, 0x3a, 0x2a)));
    g.fillRect(0, 0, width, height);
    for (int i = 0; i < 12; i++) {
      g.setColor(new Color(random.nextInt(0xffffff)));
      int w = width / 12 + random.nextInt(width / 6);
      int h = height / 12 + random.nextInt(height / 6);
      g.fillRect(random.nextInt(width), random.nextInt(height), w, h);
    }
    g.dispose();
    int[] data = ((DataBufferInt) bg.getRaster().getDataBuffer()).getData();
    System.arraycopy(data, 0, frame, 0, frame.length);
  }

  /** Maps the phone into the frame through the scene's scale, tilt and rotation. */
  private static void place(BufferedImage phone, int[] frame, int width, int height,
      PhoneScene scene, Random random) {
    double s = scene.get(CODE_SIZE) * height / CANVAS_CODE;
    double cx = width / 2.0 + (random.nextDouble() - 0.5) * 0.06 * width;
    double codeCentreY = 330 + CANVAS_CODE / 2.0; // keep the code, not the phone, near the frame's centre
    double cy = height / 2.0 + (random.nextDouble() - 0.5) * 0.06 * height;
    double hw = CANVAS_WIDTH / 2.0 * s;
    double top = -codeCentreY * s;
    double bottom = (CANVAS_HEIGHT - codeCentreY) * s;
    // Tilt: the top edge is farther away, so shorter, and the phone foreshortened.
    double far = 1 - scene.get(TILT);
    double shrink = 1 - scene.get(TILT) / 2;
    double[][] corners = {
        {-hw * far, top * shrink}, {hw * far, top * shrink}, {hw, bottom * shrink},
        {-hw, bottom * shrink}};
    double a = Math.toRadians(scene.get(ROTATION));
    float[] dst = new float[8];
    for (int i = 0; i < 4; i++) {
      double x = corners[i][0];
      double y = corners[i][1];
      dst[2 * i] = (float) (cx + x * Math.cos(a) - y * Math.sin(a));
      dst[2 * i + 1] = (float) (cy + x * Math.sin(a) + y * Math.cos(a));
    }
    PerspectiveTransform toPhone = PerspectiveTransform.quadrilateralToQuadrilateral(
        dst[0], dst[1], dst[2], dst[3], dst[4], dst[5], dst[6], dst[7],
        0, 0, CANVAS_WIDTH, 0, CANVAS_WIDTH, CANVAS_HEIGHT, 0, CANVAS_HEIGHT);
    int[] src = phone.getRGB(0, 0, CANVAS_WIDTH, CANVAS_HEIGHT, null, 0, CANVAS_WIDTH);
    // Only the phone's bounding box in the frame needs mapping.
    int x0 = width;
    int y0 = height;
    int x1 = 0;
    int y1 = 0;
    for (int i = 0; i < 4; i++) {
      x0 = Math.min(x0, (int) Math.floor(dst[2 * i]));
      x1 = Math.max(x1, (int) Math.ceil(dst[2 * i]));
      y0 = Math.min(y0, (int) Math.floor(dst[2 * i + 1]));
      y1 = Math.max(y1, (int) Math.ceil(dst[2 * i + 1]));
    }
    x0 = Math.max(0, x0);
    y0 = Math.max(0, y0);
    x1 = Math.min(width - 1, x1);
    y1 = Math.min(height - 1, y1);
    int span = x1 - x0 + 1;
    float[] row = new float[2 * Math.max(span, 1)];
    for (int y = y0; y <= y1; y++) {
      for (int i = 0; i < span; i++) {
        row[2 * i] = x0 + i + 0.5f;
        row[2 * i + 1] = y + 0.5f;
      }
      toPhone.transformPoints(row);
      for (int i = 0; i < span; i++) {
        int x = x0 + i;
        float u = row[2 * i] - 0.5f;
        float v = row[2 * i + 1] - 0.5f;
        if (u >= 0 && v >= 0 && u < CANVAS_WIDTH - 1 && v < CANVAS_HEIGHT - 1) {
          int sampled = Effects.bilinear(src, CANVAS_WIDTH, u, v);
          if ((sampled >>> 24) > 0) {
            frame[y * width + x] = Effects.over(sampled, frame[y * width + x]);
          }
        }
      }
    }
  }
}
