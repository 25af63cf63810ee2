package id.cpmpos.snap;

import java.util.Optional;

/** A request body that can check itself against its table in the spec before it is sent. */
public interface SnapRequest {

  /** The first field that breaks the spec's table, or empty when the request may be sent. */
  Optional<FieldViolation> violation();

  default void validate() {
    Optional<FieldViolation> v = violation();
    if (v.isPresent()) {
      throw new InvalidRequestException(v.get());
    }
  }
}
