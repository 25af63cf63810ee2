package id.cpmpos.snap;

/**
 * Why a message breaks the spec's field table, in the spec's own words: {@code Invalid Mandatory Field
 * {field}} (case 02) or {@code Invalid Field Format {field}} (case 01). The provider side answers
 * {@code 400 + service + caseCode} with {@link #message()}; the client refuses to send.
 */
public record FieldViolation(String field, Kind kind) {

  /** The two "Message" rows of the response-code table that describe a field. */
  public enum Kind {
    FORMAT("01", "Invalid Field Format "), MANDATORY("02", "Invalid Mandatory Field ");

    private final String caseCode;
    private final String prefix;

    Kind(String caseCode, String prefix) {
      this.caseCode = caseCode;
      this.prefix = prefix;
    }
  }

  public static FieldViolation mandatory(String field) {
    return new FieldViolation(field, Kind.MANDATORY);
  }

  public static FieldViolation format(String field) {
    return new FieldViolation(field, Kind.FORMAT);
  }

  public String caseCode() {
    return kind.caseCode;
  }

  public String message() {
    return kind.prefix + field;
  }

  /** The code a provider answers for this violation, e.g. {@code 4006002}. */
  public ResponseCode responseCode(SnapService service) {
    return ResponseCode.of(400, service, caseCode());
  }
}
