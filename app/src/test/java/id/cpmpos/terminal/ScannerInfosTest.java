package id.cpmpos.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.cpmpos.scanner.ScannerDescription;
import id.cpmpos.snap.ScannerInfo;
import org.junit.jupiter.api.Test;

class ScannerInfosTest {
  private static final ScannerInfo TERMINAL = new ScannerInfo("T001", "0.1.0", "manual",
      "10.0.0.5");

  @Test
  void aLocalScannerIsReachedAtTheTerminalsAddress() {
    assertEquals(new ScannerInfo("webcam", "0.1.0", "HD Pro Webcam C920", "10.0.0.5"),
        ScannerInfos.from(ScannerDescription.local("webcam", "0.1.0", "HD Pro Webcam C920"),
            TERMINAL));
  }

  @Test
  void noScannerMeansTheTerminalsOwnInfo() {
    assertEquals(TERMINAL, ScannerInfos.from(null, TERMINAL));
  }

  @Test
  void aLongDevicePathKeepsItsDistinguishingEndWithinTheSpecsLength() {
    String id = "serial:/dev/serial/by-id/usb-Honeywell_Imaging___Mobility_1900GSR-2_21233B4F83-if00";
    ScannerInfo info = ScannerInfos.from(ScannerDescription.local(id, "1", "serial"), TERMINAL);
    assertEquals(64, info.deviceId().length());
    assertEquals(id.substring(id.length() - 64), info.deviceId());
  }
}
