package id.cpmpos.scanner.samples;

import static id.cpmpos.scanner.samples.PhoneScene.Knob.BLUR;
import static id.cpmpos.scanner.samples.PhoneScene.Knob.CODE_SIZE;
import static id.cpmpos.scanner.samples.PhoneScene.Knob.CONTRAST;
import static id.cpmpos.scanner.samples.PhoneScene.Knob.GLARE;
import static id.cpmpos.scanner.samples.PhoneScene.Knob.IMPULSE;
import static id.cpmpos.scanner.samples.PhoneScene.Knob.NOISE;
import static id.cpmpos.scanner.samples.PhoneScene.Knob.ROTATION;
import static id.cpmpos.scanner.samples.PhoneScene.Knob.TILT;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * The set of phone-screen pictures the decoder is measured on: per category, a range from mild to
 * harsh, so the detection rate shows where the decoder gives up; plus negatives, which must never
 * produce a read. Contents are CPM-like (Base64 of EMV TLV bytes, ~120 characters), seeded, so
 * every run measures the same set.
 */
public final class SampleSet {
  private SampleSet() {}

  public static List<Sample> standard() {
    Random random = new Random(20261126L);
    List<Sample> set = new ArrayList<>();
    PhoneScene base = PhoneScene.plain();
    for (double v : new double[]{0.40, 0.55}) {
      set.add(qr("plain-" + pct(v), "plain", base.with(CODE_SIZE, v), random));
    }
    for (double v : new double[]{0.70, 0.30, 0.22, 0.17, 0.13}) {
      set.add(qr("scale-" + pct(v), "scale", base.with(CODE_SIZE, v), random));
    }
    for (double v : new double[]{10, 30, 45, 90, 135, 180}) {
      set.add(qr("rotation-" + (int) v, "rotation", base.with(ROTATION, v), random));
    }
    for (double v : new double[]{0.10, 0.20, 0.30, 0.40, 0.50}) {
      set.add(
          qr("perspective-" + pct(v), "perspective", base.with(TILT, v).with(ROTATION, 8), random));
    }
    for (double v : new double[]{1.0, 1.5, 2.0, 3.0, 4.0}) {
      set.add(qr("blur-" + v, "blur", base.with(BLUR, v), random));
    }
    for (double v : new double[]{0.3, 0.5, 0.7, 0.85, 0.95}) {
      set.add(qr("glare-" + pct(v), "glare", base.with(GLARE, v), random));
    }
    for (double v : new double[]{0.5, 0.35, 0.25, 0.15, 0.10}) {
      set.add(qr("contrast-" + pct(v), "low-contrast", base.with(CONTRAST, v), random));
    }
    for (double v : new double[]{8, 16, 24, 32, 48}) {
      set.add(qr("noise-" + (int) v, "noise", base.with(NOISE, v), random));
    }
    for (double v : new double[]{0.02, 0.05, 0.10, 0.20, 0.30}) {
      set.add(qr("impulse-" + pct(v), "impulse", base.with(IMPULSE, v), random));
    }
    for (double v : new double[]{0.05, 0.10, 0.20}) {
      set.add(qr("impulse-glare-" + pct(v), "impulse-glare", base.with(GLARE, 0.6).with(IMPULSE, v),
          random));
    }
    for (double v : new double[]{0.05, 0.10, 0.20}) {
      set.add(
          qr("impulse-dark-" + pct(v), "impulse-dark", base.inDarkMode().with(IMPULSE, v), random));
    }
    set.add(qr("impulse-dark-glare-10", "impulse-dark",
        base.inDarkMode().with(GLARE, 0.5).with(IMPULSE, 0.10), random));
    set.add(qr("dark-plain", "dark-mode", base.inDarkMode(), random));
    set.add(qr("dark-rotated", "dark-mode", base.inDarkMode().with(ROTATION, 25), random));
    set.add(qr("dark-small", "dark-mode", base.inDarkMode().with(CODE_SIZE, 0.22), random));
    set.add(qr("dark-blur", "dark-mode", base.inDarkMode().with(BLUR, 2), random));
    set.add(qr("dark-tilted", "dark-mode", base.inDarkMode().with(TILT, 0.3), random));
    set.add(qr("combined-everyday", "combined",
        base.with(CODE_SIZE, 0.3).with(ROTATION, 12).with(TILT, 0.15).with(BLUR, 1.2)
            .with(GLARE, 0.4)
            .with(NOISE, 10),
        random));
    set.add(qr("combined-hard", "combined",
        base.with(CODE_SIZE, 0.25).with(ROTATION, -20).with(TILT, 0.3).with(BLUR, 2)
            .with(GLARE, 0.6)
            .with(CONTRAST, 0.5)
            .with(NOISE, 16),
        random));
    set.add(qr("combined-dark", "combined",
        base.inDarkMode().with(CODE_SIZE, 0.3).with(ROTATION, 30).with(TILT, 0.2).with(BLUR, 1.5)
            .with(NOISE, 12),
        random));

    set.add(new Sample("no-code-screen", "no-code", base, Sample.Shows.NOTHING, null));
    set.add(new Sample("no-code-dark", "no-code", base.inDarkMode().with(NOISE, 16),
        Sample.Shows.NOTHING, null));
    set.add(new Sample("barcode-1d", "barcode-1d", base, Sample.Shows.BARCODE_1D, null));
    set.add(new Sample("barcode-1d-rotated", "barcode-1d", base.with(ROTATION, 20),
        Sample.Shows.BARCODE_1D, null));
    set.add(new Sample("two-codes", "two-codes", base.with(CODE_SIZE, 0.5), Sample.Shows.TWO_QRS,
        cpmContent(random)));
    set.add(
        new Sample("two-codes-tilted", "two-codes", base.with(CODE_SIZE, 0.5).with(ROTATION, 10),
            Sample.Shows.TWO_QRS, cpmContent(random)));
    return List.copyOf(set);
  }

  private static Sample qr(String name, String category, PhoneScene scene, Random random) {
    return new Sample(name, category, scene, Sample.Shows.QR, cpmContent(random));
  }

  /** Looks like a QRIS CPM payload: Base64 of TLV bytes starting with the EMV payload format indicator. */
  public static String cpmContent(Random random) {
    byte[] tlv = new byte[90];
    random.nextBytes(tlv);
    tlv[0] = (byte) 0x85;
    tlv[1] = 0x05;
    System.arraycopy("CPV01".getBytes(StandardCharsets.US_ASCII), 0, tlv, 2, 5);
    return Base64.getEncoder().encodeToString(tlv);
  }

  private static String pct(double v) {
    return Integer.toString((int) Math.round(v * 100));
  }
}
