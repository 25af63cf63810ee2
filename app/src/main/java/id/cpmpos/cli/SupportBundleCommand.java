package id.cpmpos.cli;

import id.cpmpos.config.LogLocation;
import id.cpmpos.doctor.Doctor;
import id.cpmpos.support.SupportBundle;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code support-bundle --out FILE.zip}: the configuration without secrets, the newest logs, the
 * doctor's report and the journal's summary, for a help desk. Exit 0 written, 1 not written.
 */
@Command(name = "support-bundle", mixinStandardHelpOptions = true)
final class SupportBundleCommand extends CliCommand {
  @Option(names = "--out", required = true, paramLabel = "FILE.zip") Path out;

  @Mixin JsonOutput output;

  @Override
  public Integer call() {
    Clock clock = Clock.systemUTC();
    Doctor doctor = new Doctor(clock, root().env, console());
    var report = doctor.examine(root().config);
    try {
      var written = new SupportBundle(clock).write(out, root().config,
          LogLocation.resolve(root().config), report);
      output.print(() -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", written.file().toAbsolutePath().toString());
        m.put("entries", written.entries());
        m.put("doctorOk", report.ok());
        return m;
      }, stdout -> stdout.println(doctor.messages().get("support.written",
          written.file().toAbsolutePath(),
          String.valueOf(written.entries().size()))));
      return ExitStatus.OK;
    } catch (IOException e) {
      err().println(doctor.messages().get("support.failed", out, e.getMessage()));
      return ExitStatus.FAILED;
    }
  }
}
