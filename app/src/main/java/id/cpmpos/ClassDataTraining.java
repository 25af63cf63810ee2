package id.cpmpos;

import id.cpmpos.boot.SqliteLibrary;
import id.cpmpos.boot.TrainingSandbox;
import id.cpmpos.cli.CpmPosCommand;
import id.cpmpos.config.LogLocation;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The training run of the app's class-data-sharing archive: run once with
 * {@code -XX:ArchiveClassesAtExit=FILE} and the launcher's class path, it runs the CLI's everyday
 * commands (version, help, a payment, the journal, its check, the day report) against a sandbox on
 * loopback, everything in {@code DIR}, and the JVM writes the classes they loaded to FILE. A later start
 * with that archive maps them instead of reading, verifying and linking them from the jars. JDK 17 ties
 * such an archive to the class path's absolute file names, so it is made where the app is installed (the
 * package's postinst runs {@code make-cds-archive.sh}, which runs this). Nothing of it is public CLI.
 * Usage: {@code ClassDataTraining DIR}.
 */
public final class ClassDataTraining {
  private ClassDataTraining() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: ClassDataTraining DIR (an empty scratch directory)");
      System.exit(2);
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    // As the launcher does, inside DIR: logs, and SQLite's native library kept once.
    System.setProperty(LogLocation.PROPERTY, dir.resolve("logs").toString());
    SqliteLibrary.keepIn(dir.resolve("native"));
    int failed = 0;
    try (TrainingSandbox sandbox = TrainingSandbox.start(dir.resolve("sandbox"))) {
      String config = sandbox.config().toString();
      failed += run("--version") == 0 ? 0 : 1;
      failed += run("--help") == 0 ? 0 : 1;
      StringWriter qr = new StringWriter();
      failed += run(qr, "--config", config, "wallet") == 0 ? 0 : 1;
      failed += run("--config", config, "pay", "--amount", "10000.00", "--qr",
          qr.toString().strip(), "--json") == 0
              ? 0
              : 1;
      failed += run("--config", config, "journal", "--json", "--limit", "20") == 0 ? 0 : 1;
      failed += run("--config", config, "journal", "--limit", "20") == 0 ? 0 : 1;
      failed += run("--config", config, "journal", "verify") == 0 ? 0 : 1;
      failed += run("--config", config, "report", "--json") == 0 ? 0 : 1;
    }
    // A command that failed still loaded most of its classes; the count says the archive is partial.
    System.err.println("class-data training: " + failed + " of 8 commands failed");
    System.exit(0);
  }

  private static int run(String... args) {
    return run(Writer.nullWriter(), args);
  }

  private static int run(Writer out, String... args) {
    return CpmPosCommand.run(new BufferedReader(Reader.nullReader()), Map.of(),
        new PrintWriter(out, true),
        new PrintWriter(Writer.nullWriter(), true), args);
  }
}
