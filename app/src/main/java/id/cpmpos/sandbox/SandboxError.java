package id.cpmpos.sandbox;

/** A request the sandbox refuses, carrying the spec's HTTP status, case code and message. */
final class SandboxError extends Exception {
  final int httpStatus;
  final String caseCode;

  SandboxError(int httpStatus, String caseCode, String message) {
    super(message, null, false, false);
    this.httpStatus = httpStatus;
    this.caseCode = caseCode;
  }

  static SandboxError mandatory(String field) {
    return new SandboxError(400, "02", "Invalid Mandatory Field " + field);
  }

  static SandboxError format(String field) {
    return new SandboxError(400, "01", "Invalid Field Format " + field);
  }
}
