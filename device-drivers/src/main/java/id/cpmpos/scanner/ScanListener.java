package id.cpmpos.scanner;

/**
 * Receives what scanners report. Called on the scanner's own thread (or the caller's, for scanners
 * fed from outside): an implementation hands work off and returns quickly.
 */
public interface ScanListener {
  void onScan(ScanEvent event);

  default void onStatus(ScannerDescription scanner, ScannerStatus status) {}
}
