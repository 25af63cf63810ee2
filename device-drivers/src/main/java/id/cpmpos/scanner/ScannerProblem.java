package id.cpmpos.scanner;

/**
 * Why a scanner is not working, as a code the UI can turn into words in the cashier's language (the
 * status's detail is for logs and IT staff, in English).
 */
public enum ScannerProblem {
  NONE,
  /** No camera is attached, or none matches the configured name. */
  NO_CAMERA,
  /** The camera exists but another program holds it. */
  CAMERA_BUSY,
  /** The native camera driver could not be loaded on this machine. */
  DRIVER_UNAVAILABLE,
  /** The configured serial port does not exist (yet). */
  PORT_NOT_FOUND,
  /** The serial port exists but cannot be opened (busy, permissions). */
  PORT_UNAVAILABLE,
  /** Reading from the device failed. */
  IO_ERROR
}
