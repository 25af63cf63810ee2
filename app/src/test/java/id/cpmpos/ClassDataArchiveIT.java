package id.cpmpos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's class-data archive as the .deb makes it (installer/linux/make-cds-archive.sh): a training run
 * of the shaded jar with {@code -XX:ArchiveClassesAtExit}, then the CLI started on the runtime's archive
 * with that one layered on it, as the installed launcher starts. Real processes; the jar is copied, so the
 * archive's class path is this test's own.
 */
class ClassDataArchiveIT {
  @TempDir Path dir;

  @Test
  void theTrainingRunMakesAnArchiveTheJournalCommandLoadsItsClassesFromAndItsJsonStaysClean()
      throws Exception {
    Path built = Path.of("target", "cpm-pos.jar");
    assertTrue(Files.isRegularFile(built),
        "no shaded jar at " + built.toAbsolutePath() + ": runs after package");
    Path base = Path.of(System.getProperty("java.home"), "lib", "server", "classes.jsa");
    assumeTrue(Files.isRegularFile(base), "this JDK has no default class-data archive to layer on");
    Path jar = Files.copy(built, dir.resolve("cpm-pos.jar"), StandardCopyOption.COPY_ATTRIBUTES);
    Path archive = dir.resolve("cpm-pos.jsa");

    Result training = run(List.of("-XX:ArchiveClassesAtExit=" + archive, "-cp", jar.toString(),
        "id.cpmpos.ClassDataTraining", dir.resolve("train").toString()));
    assertEquals(0, training.exit, training.stderr);
    assertTrue(training.stderr.contains("0 of 8 commands failed"), training.stderr);
    assertTrue(Files.size(archive) > 0);

    Path loaded = dir.resolve("class-load.txt");
    Path config = dir.resolve("train").resolve("sandbox").resolve("terminal.properties");
    Result journal = run(
        List.of("-XX:SharedArchiveFile=" + base + File.pathSeparator + archive, "-Xlog:cds*=off",
            "-Xlog:cds*=warning:stderr", "-Xlog:class+load=info:file=" + loaded, "-jar",
            jar.toString(), "--config",
            config.toString(), "journal", "--json", "--limit", "20"));
    assertEquals(0, journal.exit, journal.stderr);
    JsonNode rows = new ObjectMapper().readTree(journal.stdout); // stdout is the JSON and nothing else
    assertEquals(1, rows.size(), journal.stdout); // the training's one payment
    assertEquals("APPROVED", rows.get(0).get("state").asText());
    String classes = Files.readString(loaded);
    assertTrue(classes.contains("id.cpmpos.journal.Journal source: shared objects file (top)"),
        "the journal's classes came from the jar, not the app's archive");
    assertTrue(classes.contains("java.lang.Object source: shared objects file"),
        "the runtime's archive was not used");
  }

  private record Result(int exit, String stdout, String stderr) {}

  private Result run(List<String> args) throws Exception {
    List<String> cmd = new ArrayList<>(
        List.of(ProcessHandle.current().info().command().orElse("java")));
    cmd.addAll(args);
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(err.toFile());
    pb.environment().put("HOME", dir.resolve("home").toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(cmd + " did not end within 180 s");
    }
    return new Result(p.exitValue(), out, Files.readString(err));
  }
}
