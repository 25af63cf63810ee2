package id.cpmpos.chain;

/** The ledger could not be reached or refused a write; the terminal goes on and tries again later. */
public final class LedgerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LedgerException(String message) {
    super(message);
  }

  public LedgerException(String message, Throwable cause) {
    super(message, cause);
  }
}
