package id.cpmpos.journal;

/** The journal could not be read or written: the terminal must not take money until it can. */
public final class JournalException extends RuntimeException {
  public JournalException(String message, Throwable cause) {
    super(message, cause);
  }

  public JournalException(String message) {
    super(message);
  }
}
