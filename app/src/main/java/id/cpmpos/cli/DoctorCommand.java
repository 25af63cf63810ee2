package id.cpmpos.cli;

import id.cpmpos.doctor.Check;
import id.cpmpos.doctor.Doctor;
import id.cpmpos.doctor.DoctorReport;
import id.cpmpos.i18n.Messages;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code doctor [--json]}: is this terminal ready for the counter? Exit 0 when no check failed, 1 otherwise. */
@Command(name = "doctor", mixinStandardHelpOptions = true)
final class DoctorCommand extends CliCommand {
  @Mixin JsonOutput output;

  @Override
  public Integer call() {
    Doctor doctor = new Doctor(Clock.systemUTC(), root().env, console());
    DoctorReport report = doctor.examine(root().config);
    output.print(() -> json(report), out -> text(out, report, doctor.messages()));
    return report.ok() ? ExitStatus.OK : ExitStatus.FAILED;
  }

  /** The --json shape: field names are a public contract, add but never rename. */
  static Map<String, Object> json(DoctorReport report) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ok", report.ok());
    List<Map<String, Object>> checks = report.checks().stream().map(c -> {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("name", c.name());
      one.put("ok", c.ok());
      one.put("status", c.status().name().toLowerCase(Locale.ROOT));
      one.put("detail", c.detail());
      one.put("fix", c.fix());
      return one;
    }).toList();
    m.put("checks", checks);
    return m;
  }

  static void text(PrintWriter out, DoctorReport report, Messages messages) {
    for (Check c : report.checks()) {
      String label = messages.get("doctor." + c.status().name().toLowerCase(Locale.ROOT));
      out.printf("%-10s %-9s %s%n", label, c.name(), c.detail());
      if (!c.fix().isEmpty()) {
        out.printf("%-10s %-9s %s: %s%n", "", "", messages.get("doctor.fixLabel"), c.fix());
      }
    }
    long failed = report.checks().stream().filter(c -> !c.ok()).count();
    out.println(failed == 0
        ? messages.get("doctor.summary.ok")
        : messages.get("doctor.summary.failed", String.valueOf(failed),
            String.valueOf(report.checks().size())));
  }
}
