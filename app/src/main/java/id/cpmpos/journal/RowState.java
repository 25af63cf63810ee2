package id.cpmpos.journal;

/**
 * The state column of a journal row whose moves are a compare-and-set: the state itself knows which
 * moves are legal, and {@link JournalCore#moveState} refuses any other before writing anything.
 */
interface RowState<S extends RowState<S>> {
  boolean canMoveTo(S next);

  /** As stored in the row's {@code state} column. */
  String name();
}
