package id.cpmpos.cli;

/** Exit statuses: a public contract that scripts and monitoring depend on. */
public final class ExitStatus {
  /** Final success. */
  public static final int OK = 0;
  /** Final failure: declined, rejected, or not sent. */
  public static final int FAILED = 1;
  /** Bad input or configuration: nothing written, nothing sent. */
  public static final int BAD_INPUT = 2;
  /** Outcome pending: the journal holds it and the sync will finish it. */
  public static final int PENDING = 3;

  private ExitStatus() {}
}
