package id.cpmpos.terminal;

import id.cpmpos.snap.ResponseCatalogue;
import id.cpmpos.snap.ResponseCode;

/**
 * How a payment's response code decides its state, by the snap package's catalogue. Success and the
 * provider's explicit refusals are final; "in progress" (202), server errors (5xx), "duplicate
 * partnerReferenceNo" (409xx01: it may already be paid) and the other rows the catalogue marks
 * unknown leave the outcome for a query to settle. A code whose HTTP status disagrees with its
 * first three digits is not trusted: unknown.
 */
enum ResponseClass {
  SUCCESS, FINAL_FAILURE, UNKNOWN;

  static ResponseClass of(int httpStatus, ResponseCode code) {
    return httpStatus == code.httpStatus() ? of(code) : UNKNOWN;
  }

  static ResponseClass of(ResponseCode code) {
    switch (ResponseCatalogue.standard().lookup(code).outcome()) {
      case SUCCESS:
        return SUCCESS;
      case FAILURE:
      case RETRYABLE: // provably not processed: the payment did not happen; the cashier may try again
        return FINAL_FAILURE;
      default:
        return UNKNOWN;
    }
  }
}
