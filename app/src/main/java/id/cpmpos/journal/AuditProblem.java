package id.cpmpos.journal;

/**
 * One thing {@code journal verify} found wrong. {@code seq} is the audit entry concerned (for a row,
 * its latest entry; null when it has none); {@code entity} and {@code key} name the row.
 */
public record AuditProblem(Kind kind, Long seq, String entity, String key) {

  public enum Kind {
    /** Entries before this one are missing: the chain's sequence jumps (or does not start at 1). */
    ENTRY_MISSING,
    /** This entry does not follow the one before it: its prev_hash is not that entry's hash. */
    CHAIN_BROKEN,
    /** This entry's content no longer matches its own hash: it was edited. */
    ENTRY_ALTERED,
    /** The row's current content differs from its latest audit entry: changed outside the terminal. */
    ROW_ALTERED,
    /** The row has no audit entry at all: inserted outside the terminal. */
    ROW_UNAUDITED,
    /** The audit log records the row but it is gone: deleted outside the terminal. */
    ROW_DELETED
  }
}
