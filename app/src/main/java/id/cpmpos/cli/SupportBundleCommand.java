package id.cpmpos.cli;

import id.cpmpos.config.LogLocation;
import id.cpmpos.doctor.Doctor;
import id.cpmpos.support.SupportBundle;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code support-bundle --out FILE.zip}: the configuration without secrets, the newest logs, the
 * doctor's report and the journal's summary, for a help desk. Exit 0 written, 1 not written.
 */
@Command(name = "support-bundle", mixinStandardHelpOptions = true,
    description = "Write a zip for the help desk: configuration without secrets, newest logs, doctor report, "
        + "journal summary.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:written", "1:could not be written"})
final class SupportBundleCommand implements Callable<Integer> {
  @ParentCommand CpmPosCommand parent;
  @Spec CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "FILE.zip", description = "the zip to write (owner-only)")
  Path out;

  @Option(names = "--json", description = "print one JSON object: file, entries, doctorOk")
  boolean json;

  @Override
  public Integer call() {
    Clock clock = Clock.systemUTC();
    Doctor doctor = new Doctor(clock, parent.env);
    var report = doctor.examine(parent.config);
    try {
      var written = new SupportBundle(clock).write(out, parent.config, LogLocation.resolve(parent.config), report);
      if (json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", written.file().toAbsolutePath().toString());
        m.put("entries", written.entries());
        m.put("doctorOk", report.ok());
        Output.json(spec.commandLine().getOut(), m);
      } else {
        spec.commandLine().getOut().println(doctor.messages().get("support.written", written.file().toAbsolutePath(),
            String.valueOf(written.entries().size())));
      }
      return ExitStatus.OK;
    } catch (java.io.IOException e) {
      spec.commandLine().getErr().println(doctor.messages().get("support.failed", out, e.getMessage()));
      return ExitStatus.FAILED;
    }
  }
}
