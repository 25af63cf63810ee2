package id.cpmpos.terminal;

import id.cpmpos.snap.ResponseCode;

/**
 * How a payment's response code decides its state. Success and the provider's explicit refusals are
 * final; "in progress", server errors, and "duplicate partnerReferenceNo" (it may already be paid)
 * leave the outcome unknown, for a query to settle.
 */
enum ResponseClass {
  SUCCESS, FINAL_FAILURE, UNKNOWN;

  static ResponseClass of(ResponseCode code) {
    int http = code.httpStatus();
    if (http == 200) {
      return SUCCESS;
    }
    if (http == 202 || http >= 500 || (http == 409 && "01".equals(code.caseCode()))) {
      return UNKNOWN;
    }
    return http >= 400 ? FINAL_FAILURE : UNKNOWN;
  }
}
