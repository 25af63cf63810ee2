package id.cpmpos.snap;

import java.util.Optional;
import java.util.regex.Pattern;

/** A SNAP response code: HTTP status (3) + service code (2) + case code (2), e.g. {@code 2006000}. */
public record ResponseCode(int httpStatus, String serviceCode, String caseCode) {
  private static final Pattern FORMAT = Pattern.compile("[1-5]\\d{2}\\d{2}\\d{2}");

  public static Optional<ResponseCode> parse(String code) {
    if (code == null || !FORMAT.matcher(code).matches()) {
      return Optional.empty();
    }
    return Optional.of(new ResponseCode(
        Integer.parseInt(code.substring(0, 3)), code.substring(3, 5), code.substring(5, 7)));
  }

  public static ResponseCode of(int httpStatus, SnapService service, String caseCode) {
    return new ResponseCode(httpStatus, service.code(), caseCode);
  }

  /**
   * Whether the answer's HTTP status is the code's first three digits. An answer that fails this is
   * not trusted ({@link SnapClient} makes it an unknown outcome): the one place this is checked.
   */
  public boolean matches(int responseHttpStatus) {
    return httpStatus == responseHttpStatus;
  }

  public boolean isSuccess() {
    return httpStatus == 200 && "00".equals(caseCode);
  }

  @Override
  public String toString() {
    return httpStatus + serviceCode + caseCode;
  }
}
