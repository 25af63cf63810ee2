package id.cpmpos.journal;

/** A shift could not be opened or closed as asked; nothing was written. */
public final class ShiftRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public enum Why {
    /** Another shift is open: it must be closed first. */
    ALREADY_OPEN,
    /** There is no open shift to close. */
    NONE_OPEN
  }

  private final Why why;
  private final transient ShiftRecord open;

  public ShiftRefused(Why why, ShiftRecord open) {
    super(why.name());
    this.why = why;
    this.open = open;
  }

  public Why why() {
    return why;
  }

  /** The shift that is open, for ALREADY_OPEN. */
  public ShiftRecord open() {
    return open;
  }
}
