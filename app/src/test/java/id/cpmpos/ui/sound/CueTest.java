package id.cpmpos.ui.sound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generated tones: each cue its own shape, no clicks, never at full scale. */
class CueTest {
  private static short sample(byte[] pcm, int i) {
    return (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
  }

  /** Zero crossings per second of the first 50 ms: twice the pitch the cue starts with. */
  private static int startPitch(byte[] pcm) {
    int n = (int) (Tone.SAMPLE_RATE * 0.05);
    int crossings = 0;
    for (int i = 1; i < n; i++) {
      if ((sample(pcm, i - 1) < 0) != (sample(pcm, i) < 0)) {
        crossings++;
      }
    }
    return Math.round(crossings / 0.05f / 2 / 10) * 10;
  }

  @Test
  void everyCueSoundsDifferentlyByPitchOrLength() {
    Set<String> shapes = new HashSet<>();
    for (Cue c : Cue.values()) {
      byte[] pcm = c.pcm();
      shapes.add(startPitch(pcm) + "Hz/" + pcm.length);
    }
    assertEquals(Cue.values().length, shapes.size(), shapes.toString());
    assertTrue(Cue.SCAN.pcm().length < Cue.APPROVED.pcm().length, "the scan beep is the shortest");
  }

  @Test
  void tonesFadeInAndOutAndStayBelowFullScale() {
    for (Cue c : Cue.values()) {
      byte[] pcm = c.pcm();
      int n = pcm.length / 2;
      assertEquals(0, sample(pcm, 0), c + " starts silent");
      assertTrue(Math.abs(sample(pcm, n - 1)) < 200, c + " ends silent");
      for (int i = 0; i < n; i++) {
        assertTrue(Math.abs(sample(pcm, i)) <= Short.MAX_VALUE * 0.36, c + " at " + i);
      }
    }
    assertEquals(2 * 2646, new Tone(1800, 60).pcm().length, "44.1 kHz, 16 bit");
  }
}
