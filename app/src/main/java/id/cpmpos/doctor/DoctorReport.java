package id.cpmpos.doctor;

import java.util.List;

/** Every check the doctor ran, in order; {@link #ok} when none failed. */
public record DoctorReport(List<Check> checks) {
  public DoctorReport {
    checks = List.copyOf(checks);
  }

  public boolean ok() {
    return checks.stream().allMatch(Check::ok);
  }
}
