package id.cpmpos.ui;

import javafx.geometry.Rectangle2D;

/**
 * Where the demo's customer phone goes so that it never hides the checkout: beside the counter's
 * window, both moved (and the counter's window narrowed, down to its minimum) to fit the screen; on
 * a screen too narrow for both side by side, docked inside the counter's window at its side.
 *
 * @param docked true: no window of its own, the phone sits at the side of the counter's window
 *     (which then takes the whole screen: {@code ownerX}, {@code ownerWidth})
 */
record PhonePlacement(boolean docked, double ownerX, double ownerY, double ownerWidth,
    double ownerHeight,
    double phoneX, double phoneY, double phoneWidth, double phoneHeight) {

  static final double GAP = 8;
  /** The phone's QR stays readable by a webcam down to this width (a 280-pixel code). */
  static final double MIN_PHONE_WIDTH = 320;

  static PhonePlacement of(Rectangle2D screen, double ownerWidth, double ownerHeight,
      double phoneWidth,
      double phoneHeight, double minOwnerWidth) {
    double ownerH = Math.min(ownerHeight, screen.getHeight());
    double phoneH = Math.min(phoneHeight, screen.getHeight());
    double y = screen.getMinY();
    double room = screen.getWidth() - GAP;
    double owner = Math.min(ownerWidth, room - phoneWidth);
    double phone = phoneWidth;
    if (owner < minOwnerWidth) {
      owner = minOwnerWidth;
      phone = room - owner;
    }
    if (phone < MIN_PHONE_WIDTH) {
      double docked = Math.min(phoneWidth, Math.max(MIN_PHONE_WIDTH, screen.getWidth() / 3));
      return new PhonePlacement(true, screen.getMinX(), y, screen.getWidth(), screen.getHeight(),
          screen.getMaxX() - docked, y, docked, screen.getHeight());
    }
    // Side by side, together centred on the screen.
    double left = screen.getMinX() + (room - owner - phone) / 2;
    return new PhonePlacement(false, left, y, owner, ownerH, left + owner + GAP, y, phone, phoneH);
  }
}
