package id.cpmpos.doctor;

/**
 * One line of the doctor's report.
 *
 * @param name stable identifier ({@code config}, {@code keys}, …): scripts match on it
 * @param status pass, warn (works, but look at it) or fail
 * @param detail what was found, in the report's language
 * @param fix what to do about it; empty when it passed
 */
public record Check(String name, Status status, String detail, String fix) {
  public enum Status {
    PASS, WARN, FAIL
  }

  /** A warning is not a failure: the terminal works, but someone should look. */
  public boolean ok() {
    return status != Status.FAIL;
  }

  static Check pass(String name, String detail) {
    return new Check(name, Status.PASS, detail, "");
  }

  static Check warn(String name, String detail, String fix) {
    return new Check(name, Status.WARN, detail, fix);
  }

  static Check fail(String name, String detail, String fix) {
    return new Check(name, Status.FAIL, detail, fix);
  }
}
