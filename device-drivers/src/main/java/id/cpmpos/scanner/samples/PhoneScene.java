package id.cpmpos.scanner.samples;

/**
 * How a phone screen appears to the counter's camera: where the phone is, how it is held, and what
 * the camera and the room do to the picture. Sizes are relative to the frame's height, so the same
 * scene renders comparably at 640×480 and 1280×720.
 *
 * @param codeSize the QR's side as a fraction of the frame's height
 * @param rotation degrees, clockwise
 * @param tilt perspective: 0 is square-on; 0.3 makes the far edge 30 % shorter
 * @param blur Gaussian blur radius in pixels at 720 lines (out of focus, motion)
 * @param glare 0..1: a reflection of the shop's lights across the screen
 * @param contrast 1 is full; 0.25 leaves a quarter of the range (a dimmed screen)
 * @param noise standard deviation of sensor noise, in grey levels
 * @param darkMode light modules on a dark screen
 * @param impulse 0..1: the share of pixels a dim sensor turns fully black or white (salt-and-pepper)
 */
public record PhoneScene(double codeSize, double rotation, double tilt, double blur, double glare,
    double contrast,
    double noise, boolean darkMode, double impulse) {

  public static PhoneScene plain() {
    return new PhoneScene(0.40, 0, 0, 0, 0, 1, 2, false, 0);
  }

  public PhoneScene withCodeSize(double v) {
    return new PhoneScene(v, rotation, tilt, blur, glare, contrast, noise, darkMode, impulse);
  }

  public PhoneScene withRotation(double v) {
    return new PhoneScene(codeSize, v, tilt, blur, glare, contrast, noise, darkMode, impulse);
  }

  public PhoneScene withTilt(double v) {
    return new PhoneScene(codeSize, rotation, v, blur, glare, contrast, noise, darkMode, impulse);
  }

  public PhoneScene withBlur(double v) {
    return new PhoneScene(codeSize, rotation, tilt, v, glare, contrast, noise, darkMode, impulse);
  }

  public PhoneScene withGlare(double v) {
    return new PhoneScene(codeSize, rotation, tilt, blur, v, contrast, noise, darkMode, impulse);
  }

  public PhoneScene withContrast(double v) {
    return new PhoneScene(codeSize, rotation, tilt, blur, glare, v, noise, darkMode, impulse);
  }

  public PhoneScene withNoise(double v) {
    return new PhoneScene(codeSize, rotation, tilt, blur, glare, contrast, v, darkMode, impulse);
  }

  public PhoneScene inDarkMode() {
    return new PhoneScene(codeSize, rotation, tilt, blur, glare, contrast, noise, true, impulse);
  }

  public PhoneScene withImpulse(double v) {
    return new PhoneScene(codeSize, rotation, tilt, blur, glare, contrast, noise, darkMode, v);
  }
}
