package id.cpmpos.snap;

/**
 * What one SNAP call produced, classified by what the provider can have seen. This is the rule that
 * protects money: only {@link NotSent} proves that nothing reached the provider.
 */
public sealed interface CallOutcome<T extends SnapResponse> {

  /**
   * The provider answered with a well-formed body whose response code matches the HTTP status. The
   * body is null when the provider refused our credentials at the B2B token step: then the code is
   * the token service's (73) and the transaction itself was never sent.
   */
  record Answered<T extends SnapResponse>(int httpStatus, ResponseCode code, String message, T body)
      implements
        CallOutcome<T> {}

  /** Failed before a byte of the request was written (DNS, refused, TLS handshake, offline). */
  record NotSent<T extends SnapResponse>(String reason) implements CallOutcome<T> {}

  /** The request may have been processed: timeout after writing, reset, 5xx, garbage. Query to learn. */
  record Unknown<T extends SnapResponse>(String reason,
      Integer httpStatus) implements CallOutcome<T> {}
}
