package id.cpmpos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.cli.CpmPosCommand;
import id.cpmpos.testing.SandboxFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a newcomer sees when the checkout window cannot start: one line naming what is missing and
 * how to fix it, exit status 2, no stack trace.
 */
class StartupFailuresIT {
  @TempDir Path dir;

  record Child(int status, String stderr, long millis) {
    List<String> lines() {
      return stderr.lines().filter(l -> !l.isBlank()).toList();
    }
  }

  /** The jar's entry point in a JVM of its own, with a home of its own and the given display. */
  private Child launcher(String display) throws Exception {
    List<String> command = new ArrayList<>(
        List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), "-Dcpmpos.log.dir=" + dir.resolve("logs"),
            "-Djava.io.tmpdir=" + dir, "id.cpmpos.Launcher"));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(dir.resolve("stdout.txt").toFile())
        .redirectError(dir.resolve("stderr.txt").toFile());
    Map<String, String> env = builder.environment();
    env.remove("DISPLAY");
    env.remove("WAYLAND_DISPLAY");
    if (display != null) {
      env.put("DISPLAY", display);
    }
    env.put("HOME", dir.resolve("home").toString());
    env.put("XDG_CONFIG_HOME", dir.resolve("home/config").toString()); // no configuration: demo mode
    env.put("XDG_DATA_HOME", dir.resolve("home/data").toString());
    long start = System.nanoTime();
    Process p = builder.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the launcher did not exit within 120 s");
    }
    return new Child(p.exitValue(), Files.readString(dir.resolve("stderr.txt")),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
  }

  private static void assertNoStackTrace(String stderr) {
    assertFalse(stderr.contains("\tat ") || stderr.contains("Exception"),
        "a stack trace: " + stderr);
  }

  @Test
  void withoutADisplayOneLineSaysSoAtOnce() throws Exception {
    Child child = launcher(null);

    assertEquals(2, child.status(), child.stderr());
    assertEquals(1, child.lines().size(), child.stderr());
    assertTrue(
        child.lines().get(0).startsWith("No display: the checkout window needs a desktop session"),
        child.stderr());
    assertNoStackTrace(child.stderr());
    // At once: before the demo's journal, keys and sandbox were made for nothing.
    assertFalse(Files.exists(dir.resolve("home/data/cpm-pos/demo")),
        "the demo was set up before the check");
    System.out.println("no display: exit 2 after " + child.millis() + " ms (JVM start included)");
  }

  @Test
  void aDisplayThatCannotBeOpenedIsNamedWithoutAStackTrace() throws Exception {
    String display = ":" + (5000 + ProcessHandle.current().pid() % 1000); // no X server there
    assertFalse(Files.exists(Path.of("/tmp/.X11-unix/X" + display.substring(1))));

    Child child = launcher(display);

    assertEquals(2, child.status(), child.stderr());
    assertEquals(1, child.lines().size(), child.stderr());
    assertTrue(child.lines().get(0).startsWith("Cannot open the display " + display + ":"),
        child.stderr());
    assertNoStackTrace(child.stderr());
  }

  @Test
  void aNotifyPortInUseIsNamed() throws Exception {
    try (SandboxFixture fixture = new SandboxFixture(dir);
        ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      fixture.override("notify.port", String.valueOf(taken.getLocalPort()));
      ByteArrayOutputStream err = new ByteArrayOutputStream();

      int status = GuiLauncher.launch(fixture.config, Map.of("DISPLAY", ":0"),
          new PrintStream(err, true, StandardCharsets.UTF_8));

      String text = err.toString(StandardCharsets.UTF_8);
      assertEquals(2, status, text);
      assertEquals("notify.port " + taken.getLocalPort()
          + " is in use by another program (is the terminal already"
          + " running?): stop it, or choose another port in the configuration.", text.strip());
    }
  }

  @Test
  void aSandboxPortInUseIsOneLineToo() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      StringWriter err = new StringWriter();
      int status = CpmPosCommand.run(new PrintWriter(new StringWriter()),
          new PrintWriter(err, true), "sandbox", "--port", String.valueOf(taken.getLocalPort()),
          "--quiet");
      assertEquals(2, status, err.toString());
      assertTrue(
          err.toString().startsWith("A port this command needs is in use by another program"),
          err.toString());
      assertEquals(1, err.toString().strip().lines().count(), err.toString());
      assertNoStackTrace(err.toString());
    }
  }

  @Test
  void aJournalThatCannotBeCreatedIsNamedWithTheKeyToCheck() throws Exception {
    try (SandboxFixture fixture = new SandboxFixture(dir)) {
      Files.writeString(dir.resolve("not-a-directory"),
          "a file where the journal's directory should be");
      fixture.override("journal.path", "not-a-directory/journal.db");
      ByteArrayOutputStream err = new ByteArrayOutputStream();

      int status = GuiLauncher.launch(fixture.config, Map.of("DISPLAY", ":0"),
          new PrintStream(err, true, StandardCharsets.UTF_8));

      String text = err.toString(StandardCharsets.UTF_8).strip();
      assertEquals(2, status, text);
      assertTrue(text.startsWith("The journal cannot be opened: "), text);
      assertTrue(text.contains("journal.path"), text);
      assertEquals(1, text.lines().count(), text);
      assertNoStackTrace(text);
    }
  }
}
