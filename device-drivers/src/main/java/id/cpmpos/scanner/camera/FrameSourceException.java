package id.cpmpos.scanner.camera;

import id.cpmpos.scanner.ScannerProblem;

/** A camera that cannot deliver frames, with the reason as a problem code the UI can put into words. */
public final class FrameSourceException extends Exception {
  private final ScannerProblem problem;

  public FrameSourceException(ScannerProblem problem, String message) {
    super(message);
    this.problem = problem;
  }

  public FrameSourceException(ScannerProblem problem, String message, Throwable cause) {
    super(message, cause);
    this.problem = problem;
  }

  public ScannerProblem problem() {
    return problem;
  }
}
