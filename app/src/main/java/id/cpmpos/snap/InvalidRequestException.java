package id.cpmpos.snap;

/** A request that breaks the spec's field table; thrown before anything is written to the wire. */
public final class InvalidRequestException extends IllegalArgumentException {
  private final FieldViolation violation;

  public InvalidRequestException(FieldViolation violation) {
    super(violation.message());
    this.violation = violation;
  }

  public FieldViolation violation() {
    return violation;
  }
}
