package id.cpmpos.terminal;

import id.cpmpos.scanner.ScannerDescription;
import id.cpmpos.snap.ScannerInfo;

/**
 * The driver's description of the scanner that read a QR, as the payment's {@code scannerInfo}.
 * device-drivers knows nothing of SNAP; this is where the two meet.
 */
public final class ScannerInfos {
  private static final int MAX_DEVICE_ID = 64; // the spec's length for scannerInfo.deviceId

  private ScannerInfos() {}

  /**
   * @param terminal the terminal's own scanner info: a local device is reached at the terminal's
   *     address, and a field the driver leaves empty falls back to the terminal's
   */
  public static ScannerInfo from(ScannerDescription scanner, ScannerInfo terminal) {
    if (scanner == null) {
      return terminal;
    }
    String id = scanner.deviceId();
    if (id.length() > MAX_DEVICE_ID) {
      // The distinguishing part of a long device path (/dev/serial/by-id/usb-…-if00) is at its end.
      id = id.substring(id.length() - MAX_DEVICE_ID);
    }
    return new ScannerInfo(id,
        orElse(scanner.deviceVersion(), terminal.deviceVersion()),
        orElse(scanner.deviceModel(), terminal.deviceModel()),
        orElse(scanner.deviceIp(), terminal.deviceIp()));
  }

  private static String orElse(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
