package id.cpmpos.ui.sound;

/**
 * A sine tone, generated: no sound files to ship or to go missing. 5 ms fades at both ends keep the
 * speaker from clicking.
 *
 * @param hertz 0 for silence
 */
public record Tone(double hertz, int millis) {
  public static final float SAMPLE_RATE = 44_100f;
  private static final double VOLUME = 0.35; // of full scale: audible at a counter, not startling
  private static final int FADE_MILLIS = 5;

  public static Tone silence(int millis) {
    return new Tone(0, millis);
  }

  /** 16-bit signed little-endian mono samples. */
  public byte[] pcm() {
    int n = (int) (SAMPLE_RATE * millis / 1000);
    int fade = (int) (SAMPLE_RATE * FADE_MILLIS / 1000);
    byte[] out = new byte[2 * n];
    for (int i = 0; i < n; i++) {
      double envelope = Math.min(1, Math.min(i, n - 1 - i) / (double) fade);
      double v = hertz == 0
          ? 0
          : Math.sin(2 * Math.PI * hertz * i / SAMPLE_RATE) * VOLUME * envelope;
      short s = (short) Math.round(v * Short.MAX_VALUE);
      out[2 * i] = (byte) s;
      out[2 * i + 1] = (byte) (s >> 8);
    }
    return out;
  }
}
