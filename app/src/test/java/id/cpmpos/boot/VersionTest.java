package id.cpmpos.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.cpmpos.cli.CpmPosCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code --version}: the POM's version and the commit the build was made from, or "unknown" without git. */
class VersionTest {

  @Test
  void versionOptionPrintsTheVersionAndTheCommit() {
    StringWriter out = new StringWriter();
    int status = CpmPosCommand.run(new PrintWriter(out, true),
        new PrintWriter(new StringWriter(), true), "--version");
    assertEquals(0, status);
    assertEquals(Version.describe(), out.toString().strip());
    assertTrue(
        out.toString().strip().matches(
            "cpm-pos \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(commit ([0-9a-f]{10}(-dirty)?|unknown)\\)"),
        out.toString());
  }

  /** The build asked git; the same question now (same tree, same HEAD) must give the same answer. */
  @Test
  void theCommitIsTheOneGitDescribesForThisTree() throws Exception {
    Process git;
    try {
      git = new ProcessBuilder("git", "describe", "--always", "--dirty", "--abbrev=10",
          "--exclude=*")
          .directory(Path.of("").toAbsolutePath().toFile())
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException noGit) {
      assumeTrue(false, "git is not installed");
      return;
    }
    String described = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
        .strip();
    assertTrue(git.waitFor(30, TimeUnit.SECONDS));
    assumeTrue(git.exitValue() == 0, "not built from a git work tree");
    assertEquals(described, Version.commit());
  }

  @Test
  void aBuildWithoutGitSaysUnknown() throws Exception {
    // What Maven writes when git found no repository: the placeholder, unfiltered (or nothing at all).
    Properties tarball = new Properties();
    tarball.load(new StringReader("version=0.1.0\ncommit=${cpmpos.git.commit}\n"));
    assertEquals("unknown", Version.commit(tarball));
    assertEquals("unknown", Version.commit(new Properties()));
    Properties empty = new Properties();
    empty.setProperty("commit", "  ");
    assertEquals("unknown", Version.commit(empty));
    Properties built = new Properties();
    built.setProperty("commit", "2860188805-dirty");
    assertEquals("2860188805-dirty", Version.commit(built));
  }
}
