package id.cpmpos.snap;

/**
 * What an answer's response code settles, for every service alike: the one table the payment, the
 * query and the reversals read. Only a code that proves the provider decided is final. A code that
 * says "not processed, send again" (the catalogue's RETRYABLE: a refused token, too many requests, a
 * repeated X-EXTERNAL-ID) settles nothing: a payment is queried (its QR is one-time, so it is never
 * sent again), a reversal is sent again with the same references. A code the catalogue does not
 * know is unknown too. The answer's HTTP status was checked against the code before it became an
 * {@link CallOutcome.Answered} ({@link ResponseCode#matches}).
 */
public enum Verdict {
  /** Final: the provider did it. */
  SUCCESS,
  /** Final: the provider refused it; nothing happened. */
  FAILURE,
  /** Not settled: a query (or, for a reversal, sending it again with the same references) will tell. */
  UNKNOWN;

  public static Verdict of(ResponseCode code) {
    return switch (ResponseCatalogue.standard().lookup(code).outcome()) {
      case SUCCESS -> SUCCESS;
      case FAILURE -> FAILURE;
      case RETRYABLE, UNKNOWN -> UNKNOWN;
    };
  }
}
