package id.cpmpos.bench;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.testing.SandboxFixture;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole processes, as a user starts them, from the shaded jar ({@code -Dbench.jar}; the bench profile
 * runs after package): the demo terminal's start-up to its checkout window under Xvfb and its RSS 5 s
 * later, beside a bare JavaFX window from the same jar and JVM, alternating; and a CLI command's
 * process start to exit, {@code journal --json --limit 20}, beside {@code --version}: with {@code java -jar}
 * as it is, and again with the class-data archive the installed launcher uses (the runtime's, with the app's
 * made by {@code id.cpmpos.ClassDataTraining} layered on it).
 * {@code -Dbench.startups=N} (default 5 each), {@code -Dbench.cliRuns=N} (default 10 each).
 */
class StartupBenchmark {
  private static final int STARTUPS = Integer.getInteger("bench.startups", 5);
  private static final int CLI_RUNS = Integer.getInteger("bench.cliRuns", 10);
  private static final Duration RSS_AFTER = Duration.ofSeconds(5);

  @TempDir Path dir;

  static Path jar() {
    Path jar = Path.of(System.getProperty("bench.jar", "target/cpm-pos.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "no jar at " + jar.toAbsolutePath() + ": run with -Pbench verify (after package)");
    }
    return jar.toAbsolutePath();
  }

  static String java() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  /**
   * The JVM and the options the installed launcher starts it with ({@code -Dbench.jvm.options}, the
   * root POM's {@code terminal.jvm.options}): the terminal, the bare window and the CLI all run so.
   */
  static List<String> javaAsInstalled() {
    List<String> cmd = new ArrayList<>(List.of(java()));
    String options = System.getProperty("bench.jvm.options", "").strip();
    if (!options.isEmpty()) {
      cmd.addAll(List.of(options.split("\\s+")));
    }
    return cmd;
  }

  @Test
  void startupAndMemoryBesideBareJavaFxWindow() throws Exception {
    Path home = Files.createDirectories(dir.resolve("home"));
    try (Xvfb x = Xvfb.start()) {
      List<Double> app = new ArrayList<>();
      List<Double> bare = new ArrayList<>();
      List<Double> appRss = new ArrayList<>();
      List<Double> bareRss = new ArrayList<>();
      for (int i = -1; i < STARTUPS; i++) { // the first pair warms the file cache and creates the demo journal
        for (int k = 0; k < 2; k++) {
          boolean terminal = (k == 0) == (i % 2 == 0);
          List<String> cmd = javaAsInstalled();
          cmd.addAll(terminal
              ? List.of("-jar", jar().toString(), "--demo") // the checkout, not the first-run screen
              : List.of("-cp", jar() + File.pathSeparator + testClasses(),
                  BareWindowMain.class.getName()));
          Launch l = launch(cmd, x, terminal ? "cpm-pos" : BareWindow.TITLE, home);
          if (i >= 0) {
            (terminal ? app : bare).add(l.millis);
            (terminal ? appRss : bareRss).add(l.rssMb);
          }
        }
      }
      double a = median(app);
      double b = median(bare);
      double ar = median(appRss);
      double br = median(bareRss);
      System.out.printf(
          "%nSTART-UP to the checkout window (demo mode, Xvfb), %d launches each, median:%n"
              + "  terminal %6.0f ms  RSS %5.0f MB (5 s after the window)  all: %s%n"
              + "  bare JavaFX window %6.0f ms  RSS %5.0f MB  all: %s%n"
              + "  ratio %.2f (target <= 1.3), RSS over bare %.0f MB (target <= 60)%n",
          STARTUPS, a, ar, app, b, br, bare,
          a / b, ar - br);
      BenchSummary
          .put(Map.of("startupMs", a, "startupRatio", a / b, "rssMb", ar, "rssOverBareMb", ar - br,
              "startupBareMs", b, "rssBareMb", br));
    }
  }

  @Test
  void cliJournalBesideVersion() throws Exception {
    Path config;
    try (SandboxFixture fixture = new SandboxFixture(dir);
        TerminalContext terminal = TerminalContext.open(fixture.config, Clock.systemUTC())) {
      for (int i = 0; i < 30; i++) {
        terminal.payments().pay("10000.00", fixture.customerQr(), null);
      }
      config = fixture.config;
    }
    double[] plain = cliPair(List.of(), config);
    System.out.printf(
        "%nCLI process start to exit (java -jar), %d runs each, median: journal --json --limit 20 %.0f ms,"
            + " --version %.0f ms, ratio %.2f (target <= 1.3)%n",
        CLI_RUNS, plain[0], plain[1], plain[0] / plain[1]);
    BenchSummary.put(Map.of("cliJournalMs", plain[0], "cliVersionMs", plain[1], "cliRatio",
        plain[0] / plain[1]));

    // As the installed launcher runs: the runtime's class-data archive with the app's layered on it, made
    // by the training run the .deb's postinst makes it with (installer/linux/make-cds-archive.sh).
    Path base = Path.of(System.getProperty("java.home"), "lib", "server", "classes.jsa");
    if (!Files.isRegularFile(base)) {
      System.out.println(
          "CLI with the app's class-data archive: not measured, this JDK has no default archive "
              + base);
      return;
    }
    Path archive = dir.resolve("app.jsa");
    List<String> train = javaAsInstalled();
    train.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-cp", jar().toString(),
        "id.cpmpos.ClassDataTraining", dir.resolve("training").toString()));
    ProcessBuilder training = new ProcessBuilder(train).redirectErrorStream(true)
        .redirectOutput(dir.resolve("training.log").toFile());
    training.environment().put("HOME", dir.resolve("training-home").toString());
    Process t = training.start();
    if (!t.waitFor(300, TimeUnit.SECONDS) || t.exitValue() != 0 || !Files.isRegularFile(archive)) {
      t.destroyForcibly();
      throw new AssertionError(
          "the class-data training run failed: " + Files.readString(dir.resolve("training.log")));
    }
    double[] cds = cliPair(List.of("-XX:SharedArchiveFile=" + base + File.pathSeparator + archive,
        "-Xlog:cds*=off", "-Xlog:cds*=warning:stderr"), config);
    System.out.printf(
        "CLI process start to exit with the app's class-data archive (as installed), %d runs each, median:"
            + " journal --json --limit 20 %.0f ms, --version %.0f ms, ratio %.2f (target <= 1.3)%n",
        CLI_RUNS, cds[0], cds[1],
        cds[0] / cds[1]);
    BenchSummary.put(Map.of("cliJournalMsCds", cds[0], "cliVersionMsCds", cds[1], "cliRatioCds",
        cds[0] / cds[1]));
  }

  /** Medians of {@code journal --json --limit 20} and of {@code --version}, alternating, with these JVM options. */
  private double[] cliPair(List<String> jvmOptions, Path config) throws Exception {
    List<Double> journal = new ArrayList<>();
    List<Double> version = new ArrayList<>();
    for (int i = -1; i < CLI_RUNS; i++) {
      for (int k = 0; k < 2; k++) {
        boolean journalCmd = (k == 0) == (i % 2 == 0);
        List<String> cmd = javaAsInstalled();
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", jar().toString()));
        cmd.addAll(journalCmd
            ? List.of("--config", config.toString(), "journal", "--json", "--limit", "20")
            : List.of("--version"));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectError(dir.resolve("cli-stderr.txt").toFile())
            .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
          throw new AssertionError(
              cmd + " failed: " + Files.readString(dir.resolve("cli-stderr.txt")));
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        if (journalCmd && !out.strip().startsWith("[")) {
          throw new AssertionError("journal --json printed no array: " + out);
        }
        if (i >= 0) {
          (journalCmd ? journal : version).add(ms);
        }
      }
    }
    System.out.printf("  %s journal: %s%n  version: %s%n", jvmOptions, journal, version);
    return new double[]{median(journal), median(version)};
  }

  private record Launch(double millis, double rssMb) {}

  private Launch launch(List<String> cmd, Xvfb x, String title, Path home) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(dir.resolve("launch.log").toFile());
    pb.environment().put("DISPLAY", x.display);
    pb.environment().put("HOME", home.toString());
    pb.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
    pb.environment().put("XDG_DATA_HOME", home.resolve(".local/share").toString());
    long t0 = System.nanoTime();
    Process p = pb.start();
    try {
      long deadline = t0 + Duration.ofSeconds(120).toNanos();
      while (!x.showsWindow(title)) {
        if (!p.isAlive() || System.nanoTime() > deadline) {
          throw new AssertionError(cmd + " showed no window '" + title + "': "
              + Files.readString(dir.resolve("launch.log")));
        }
      }
      double millis = (System.nanoTime() - t0) / 1e6;
      if (p.waitFor(RSS_AFTER.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new AssertionError(
            cmd + " exited early: " + Files.readString(dir.resolve("launch.log")));
      }
      return new Launch(millis, rssMb(p.pid()));
    } finally {
      p.destroy();
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  static double rssMb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
      }
    }
    throw new IOException("no VmRSS for " + pid);
  }

  private static Path testClasses() {
    try {
      return Path.of(BareWindow.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    s.sort(null);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }
}
