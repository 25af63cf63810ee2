package id.cpmpos.scanner.samples;

import java.util.EnumMap;
import java.util.Map;

/**
 * How a phone screen appears to the counter's camera: where the phone is, how it is held, and what
 * the camera and the room do to the picture, as knobs turned away from a plain scene. Sizes are
 * relative to the frame's height, so the same scene renders comparably at 640×480 and 1280×720.
 *
 * @param knobs the knobs turned; a knob not named is at 0
 * @param darkMode light modules on a dark screen
 */
public record PhoneScene(Map<Knob, Double> knobs, boolean darkMode) {

  /**
   * What can be turned.
   * <ul>
   * <li>{@code CODE_SIZE}: the QR's side as a fraction of the frame's height
   * <li>{@code ROTATION}: degrees, clockwise
   * <li>{@code TILT}: perspective: 0 is square-on; 0.3 makes the far edge 30 % shorter
   * <li>{@code BLUR}: Gaussian blur radius in pixels at 720 lines (out of focus, motion)
   * <li>{@code GLARE}: 0..1: a reflection of the shop's lights across the screen
   * <li>{@code CONTRAST}: 1 is full; 0.25 leaves a quarter of the range (a dimmed screen)
   * <li>{@code NOISE}: standard deviation of sensor noise, in grey levels
   * <li>{@code IMPULSE}: 0..1: the share of pixels a dim sensor turns fully black or white
   * (salt-and-pepper)
   * </ul>
   */
  public enum Knob {
    CODE_SIZE, ROTATION, TILT, BLUR, GLARE, CONTRAST, NOISE, IMPULSE
  }

  public PhoneScene {
    knobs = Map.copyOf(knobs);
  }

  /** A phone held square-on, the code 40 % of the frame high, full contrast, a little sensor noise. */
  public static PhoneScene plain() {
    return new PhoneScene(Map.of(Knob.CODE_SIZE, 0.40, Knob.CONTRAST, 1.0, Knob.NOISE, 2.0), false);
  }

  public double get(Knob knob) {
    return knobs.getOrDefault(knob, 0.0);
  }

  /** This scene with one knob turned to {@code value}. */
  public PhoneScene with(Knob knob, double value) {
    Map<Knob, Double> turned = new EnumMap<>(Knob.class);
    turned.putAll(knobs);
    turned.put(knob, value);
    return new PhoneScene(turned, darkMode);
  }

  public PhoneScene inDarkMode() {
    return new PhoneScene(knobs, true);
  }
}
