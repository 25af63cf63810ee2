package id.cpmpos.scanner;

import java.util.Objects;

/**
 * What a scanner says about itself, field for field what a payment's {@code scannerInfo} carries.
 * This module knows nothing of SNAP: the app maps it onto its own DTO.
 *
 * @param deviceId a stable id for this scanner on this terminal, e.g. {@code webcam:/dev/video0}
 * @param deviceVersion the driver's or device's version
 * @param deviceModel what it is, e.g. {@code webcam} or the camera's name
 * @param deviceIp the address the device is reached at; null for local devices (the app fills in the terminal's)
 */
public record ScannerDescription(String deviceId, String deviceVersion, String deviceModel,
    String deviceIp) {
  public ScannerDescription {
    Objects.requireNonNull(deviceId, "deviceId");
  }

  /** A local device: it has no address of its own. */
  public static ScannerDescription local(String deviceId, String deviceVersion,
      String deviceModel) {
    return new ScannerDescription(deviceId, deviceVersion, deviceModel, null);
  }
}
