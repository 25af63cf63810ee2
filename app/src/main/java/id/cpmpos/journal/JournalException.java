package id.cpmpos.journal;

import java.nio.file.AccessDeniedException;
import java.sql.SQLException;

/** The journal could not be read or written: the terminal must not take money until it can. */
public final class JournalException extends RuntimeException {
  /**
   * Why, in the terms a cashier or an operator can act on; each has its own localised message
   * ({@code journal.problem.*}).
   */
  public enum Problem {
    /** SQLITE_FULL or ENOSPC: the disk (or the journal's allowed size) is full. Free space. */
    DISK_FULL,
    /** SQLITE_BUSY/LOCKED past the busy timeout: another process holds the journal's write lock. */
    BUSY,
    /** SQLITE_READONLY or no permission: the file or its folder cannot be written. */
    READ_ONLY,
    /** Damaged, not a journal, an I/O error, or anything else: it cannot be read. */
    UNREADABLE
  }

  // SQLite's primary result codes (the low byte of an extended code).
  private static final int SQLITE_BUSY = 5;
  private static final int SQLITE_LOCKED = 6;
  private static final int SQLITE_READONLY = 8;
  private static final int SQLITE_FULL = 13;

  public JournalException(String message, Throwable cause) {
    super(message, cause);
  }

  public JournalException(String message) {
    super(message);
  }

  /** The first cause SQLite or the file system gave, classified. */
  public Problem problem() {
    for (Throwable t = getCause(); t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getErrorCode() > 0) {
        return switch (sql.getErrorCode() & 0xff) {
          case SQLITE_FULL -> Problem.DISK_FULL;
          case SQLITE_BUSY, SQLITE_LOCKED -> Problem.BUSY;
          case SQLITE_READONLY -> Problem.READ_ONLY;
          default -> Problem.UNREADABLE;
        };
      }
      if (t instanceof AccessDeniedException) {
        return Problem.READ_ONLY;
      }
      if (String.valueOf(t.getMessage()).contains("No space left on device")) {
        return Problem.DISK_FULL;
      }
    }
    return Problem.UNREADABLE;
  }
}
