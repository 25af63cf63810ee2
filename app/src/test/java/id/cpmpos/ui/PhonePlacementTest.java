package id.cpmpos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The demo phone is placed beside the checkout on every screen size, never over it. */
class PhonePlacementTest {

  static void assertBesideAndOnScreen(PhonePlacement p, Rectangle2D screen) {
    assertFalse(p.docked());
    assertTrue(p.ownerX() >= screen.getMinX(), "counter window off the left edge: " + p);
    assertTrue(p.ownerX() + p.ownerWidth() <= p.phoneX(), "the phone overlaps the checkout: " + p);
    assertTrue(p.phoneX() + p.phoneWidth() <= screen.getMaxX(),
        "the phone is off the right edge: " + p);
    assertTrue(
        p.phoneY() + p.phoneHeight() <= screen.getMaxY()
            && p.ownerY() + p.ownerHeight() <= screen.getMaxY(),
        "taller than the screen: " + p);
  }

  @Test
  void onFullHdBothKeepTheirSizeSideBySide() {
    Rectangle2D screen = new Rectangle2D(0, 0, 1920, 1050);
    PhonePlacement p = PhonePlacement.of(screen, 1024, 720, 480, 700, 800);
    assertBesideAndOnScreen(p, screen);
    assertEquals(1024, p.ownerWidth());
    assertEquals(480, p.phoneWidth());
  }

  @Test
  void on1280x800TheCheckoutNarrowsAndThePhoneStaysBeside() {
    Rectangle2D screen = new Rectangle2D(0, 0, 1280, 800);
    PhonePlacement p = PhonePlacement.of(screen, 1024, 720, 480, 700, 800);
    assertBesideAndOnScreen(p, screen);
    assertEquals(800, p.ownerWidth(), "down to the checkout's minimum");
    assertEquals(1280 - 800 - PhonePlacement.GAP, p.phoneWidth());
  }

  @Test
  void aScreenLowerThanThePhoneShrinksItsHeight() {
    Rectangle2D screen = new Rectangle2D(0, 0, 1366, 600);
    PhonePlacement p = PhonePlacement.of(screen, 1024, 720, 480, 700, 800);
    assertBesideAndOnScreen(p, screen);
    assertEquals(600, p.phoneHeight());
    assertEquals(600, p.ownerHeight());
  }

  @Test
  void aScreenTooNarrowForBothDocksThePhoneInsideTheCounterWindow() {
    Rectangle2D screen = new Rectangle2D(0, 0, 1024, 768);
    PhonePlacement p = PhonePlacement.of(screen, 1024, 720, 480, 700, 800);
    assertTrue(p.docked());
    assertEquals(1024, p.ownerWidth());
    assertTrue(p.phoneWidth() >= PhonePlacement.MIN_PHONE_WIDTH);
  }
}
