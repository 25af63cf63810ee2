package id.cpmpos.scanner;

import java.util.Objects;

/** A scanner's state, and when it is not working, why. */
public record ScannerStatus(ScannerState state, ScannerProblem problem, String detail) {
  public static final ScannerStatus STOPPED = new ScannerStatus(ScannerState.STOPPED,
      ScannerProblem.NONE, "");
  public static final ScannerStatus READY = new ScannerStatus(ScannerState.READY,
      ScannerProblem.NONE, "");
  public static final ScannerStatus SCANNING = new ScannerStatus(ScannerState.SCANNING,
      ScannerProblem.NONE, "");

  public ScannerStatus {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(problem, "problem");
    detail = detail == null ? "" : detail;
  }

  public static ScannerStatus disconnected(ScannerProblem problem, String detail) {
    return new ScannerStatus(ScannerState.DISCONNECTED, problem, detail);
  }

  public static ScannerStatus error(ScannerProblem problem, String detail) {
    return new ScannerStatus(ScannerState.ERROR, problem, detail);
  }
}
