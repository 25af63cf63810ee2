package id.cpmpos.scanner.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GrayFrameTest {
  @Test
  void theMedianFilterGivesEachInnerPixelTheMedianOfItsNeighbourhood() {
    int w = 37;
    int h = 23;
    byte[] luma = new byte[w * h];
    new Random(11).nextBytes(luma);
    GrayFrame filtered = new GrayFrame(luma, w, h).medianFiltered();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int expected = luma[y * w + x] & 0xff;
        if (x > 0 && y > 0 && x < w - 1 && y < h - 1) {
          int[] n = new int[9];
          int k = 0;
          for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
              n[k++] = luma[(y + dy) * w + x + dx] & 0xff;
            }
          }
          Arrays.sort(n);
          expected = n[4];
        }
        assertEquals(expected, filtered.luma[y * w + x] & 0xff, "at " + x + "," + y);
      }
    }
  }

  @Test
  void isolatedStuckPixelsAreRemovedAndEdgesKept() {
    int w = 10;
    byte[] luma = new byte[w * w];
    for (int i = 0; i < luma.length; i++) {
      luma[i] = (byte) (i % w < 5 ? 0 : 255); // a dark half and a light half
    }
    luma[3 * w + 2] = (byte) 255; // salt in the dark half
    luma[6 * w + 7] = 0; // pepper in the light half
    GrayFrame f = new GrayFrame(luma, w, w).medianFiltered();
    assertEquals(0, f.luma[3 * w + 2] & 0xff);
    assertEquals(255, f.luma[6 * w + 7] & 0xff);
    assertEquals(0, f.luma[5 * w + 4] & 0xff, "the edge stays where it was");
    assertEquals(255, f.luma[5 * w + 5] & 0xff);
  }
}
