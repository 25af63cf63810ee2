package id.cpmpos.snap;

import java.util.Optional;

/**
 * A request body of one of the spec's services, which can check itself against its field table
 * ({@code request-fields.tsv}, read by {@code FieldTable}) before it is sent. Sealed so that the table
 * knows every request there is: each of them must have rows, or no request is sent.
 */
public sealed interface SnapRequest permits CancelRequest, GenerateRequest, NotifyRequest,
    PaymentRequest, QueryRequest, RefundRequest, TokenRequest {

  /** The first field that breaks the spec's table, or empty when the request may be sent. */
  default Optional<FieldViolation> violation() {
    return FieldTable.violation(this);
  }

  default void validate() {
    Optional<FieldViolation> v = violation();
    if (v.isPresent()) {
      throw new InvalidRequestException(v.get());
    }
  }
}
