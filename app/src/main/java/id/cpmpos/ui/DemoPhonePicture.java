package id.cpmpos.ui;

import static id.cpmpos.scanner.samples.PhoneScene.Knob.NOISE;
import static id.cpmpos.scanner.samples.PhoneScene.Knob.ROTATION;
import static id.cpmpos.scanner.samples.PhoneScene.Knob.TILT;

import id.cpmpos.scanner.samples.PhoneScene;
import id.cpmpos.scanner.samples.PhoneScreenRenderer;
import id.cpmpos.scanner.samples.Sample;
import java.awt.image.BufferedImage;

/**
 * What the counter's camera would see of the demo phone: its QR on a phone screen, held a little
 * askew, as a 640×480 frame. Decoded by the same decoder as a real camera's frames.
 */
final class DemoPhonePicture {
  private DemoPhonePicture() {}

  static BufferedImage of(String content) {
    Sample held = new Sample("demo-phone", "demo",
        PhoneScene.plain().with(ROTATION, 6).with(TILT, 0.1).with(NOISE, 4),
        Sample.Shows.QR, content);
    return PhoneScreenRenderer.render(held, 640, 480, System.nanoTime());
  }
}
