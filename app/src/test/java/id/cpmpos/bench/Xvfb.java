package id.cpmpos.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** A private X server for the start-up benchmarks, and a way to see when a titled window is mapped. */
final class Xvfb implements AutoCloseable {
  final String display;
  private final Process process;

  private Xvfb(String display, Process process) {
    this.display = display;
    this.process = process;
  }

  /** On the first free display from :60, 1280x800x24 as the README's screenshots. */
  static Xvfb start() throws IOException, InterruptedException {
    for (int n = 60; n < 100; n++) {
      if (Files.exists(Path.of("/tmp/.X11-unix/X" + n))
          || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
        continue;
      }
      Process p = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1280x800x24", "-nolisten",
          "tcp")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (System.nanoTime() < deadline && p.isAlive()) {
        if (Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
          return new Xvfb(":" + n, p);
        }
        Thread.sleep(20); // polling an external process's socket: there is nothing to wait on
      }
      p.destroyForcibly();
    }
    throw new IOException("no Xvfb display could be started (is xvfb installed?)");
  }

  /** True when a viewable window whose name contains {@code title} exists. */
  boolean showsWindow(String title) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("xwininfo", "-root", "-tree", "-display", display)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(10, TimeUnit.SECONDS);
    for (String line : out.split("\n")) {
      if (line.contains(title)) {
        return mapped(line.strip().split(" ")[0]);
      }
    }
    return false;
  }

  private boolean mapped(String windowId) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("xwininfo", "-id", windowId, "-display", display)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(10, TimeUnit.SECONDS);
    return out.contains("IsViewable");
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
