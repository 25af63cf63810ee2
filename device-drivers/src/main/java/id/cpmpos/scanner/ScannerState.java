package id.cpmpos.scanner;

/** Where a scanner is in its life. Only {@link #ERROR} and {@link #DISCONNECTED} carry a problem. */
public enum ScannerState {
  /** Not started, or stopped. */
  STOPPED,
  /** Started and waiting to be shown a code (a wedge or serial scanner, or a camera between frames). */
  READY,
  /** Actively looking: a camera grabbing and decoding frames. */
  SCANNING,
  /** The device went away (or was never there); the driver keeps trying to get it back. */
  DISCONNECTED,
  /** The driver cannot work: see the problem and its detail. */
  ERROR
}
