package id.cpmpos.config;

/**
 * Which scanners the counter has, from the {@code scanner.*} keys. Plain values: the composition
 * root turns them into driver settings.
 *
 * @param webcam {@code auto} (the first camera that opens), {@code off}, part of a camera's name,
 *     or {@code files:PATH} (a virtual camera playing the image files at PATH, for demos and tests)
 * @param webcamResolution e.g. {@code 640x480}
 * @param serialPort null when there is no serial scanner
 * @param serialTerminator {@code CR}, {@code LF} or {@code CRLF}
 * @param wedgeSuffix {@code ENTER}, {@code TAB}, or the literal characters the scanner ends with
 */
public record ScannerConfig(
    String webcam,
    String webcamResolution,
    String serialPort,
    int serialBaud,
    String serialTerminator,
    boolean wedge,
    int wedgeMaxGapMs,
    int wedgeMaxMeanGapMs,
    int wedgeMinLength,
    String wedgePrefix,
    String wedgeSuffix) {

  public static final ScannerConfig DEFAULTS = new ScannerConfig("auto", "640x480", null, 9600,
      "CR", true, 50, 25, 8, "", "ENTER");

  public boolean webcamOff() {
    return "off".equalsIgnoreCase(webcam);
  }
}
