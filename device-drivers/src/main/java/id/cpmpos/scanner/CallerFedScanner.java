package id.cpmpos.scanner;

/**
 * A scanner whose input is handed to it by the caller (keys from the window, a picture) rather
 * than read from a device: started, it is ready at once and reports to its listener; stopped, it
 * drops what it is given.
 */
public abstract class CallerFedScanner implements Scanner {
  protected final StatusReporter status;
  private volatile ScanListener listener;

  protected CallerFedScanner(ScannerDescription description) {
    this.status = new StatusReporter(description);
  }

  /** Where scans go now; null while stopped. */
  protected final ScanListener listener() {
    return listener;
  }

  /** Forgets half-read input when the scanner stops. */
  protected void onStop() {}

  @Override
  public ScannerStatus status() {
    return status.get();
  }

  @Override
  public final void start(ScanListener listener) {
    this.listener = listener;
    status.listener(listener);
    status.set(ScannerStatus.READY);
  }

  @Override
  public final void stop() {
    status.set(ScannerStatus.STOPPED);
    listener = null;
    onStop();
  }
}
