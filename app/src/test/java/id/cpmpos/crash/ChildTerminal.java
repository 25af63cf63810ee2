package id.cpmpos.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The terminal's CLI in its own JVM, as an installer would run it: same class path, its own process,
 * killable with SIGKILL ({@code destroyForcibly}) at any moment. Standard output and error are read
 * by threads, so a full pipe never blocks the child, and a line on stderr can be awaited.
 */
final class ChildTerminal implements AutoCloseable {
  private final Process process;
  private final StringBuffer out = new StringBuffer();
  private final StringBuffer err = new StringBuffer();
  private final CompletableFuture<String> checkpoint = new CompletableFuture<>();
  private final List<Thread> pumps = new ArrayList<>();

  private ChildTerminal(Process process) {
    this.process = process;
    pumps.add(pump(process.getInputStream(), out, false));
    pumps.add(pump(process.getErrorStream(), err, true));
  }

  /**
   * Runs {@code cpm-pos --config CONFIG ARGS}; with {@code holdAt}, the child stops at that
   * checkpoint and waits to be killed.
   */
  static ChildTerminal start(Path config, Path logDir, String holdAt, Map<String, String> env,
      String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-Dcpmpos.log.dir=" + logDir);
    command.add("-Xshare:auto");
    // Short-lived JVMs: the C1 compiler alone starts faster; behaviour is the same.
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    if (holdAt != null) {
      command.add("-Dcpmpos.checkpoint.hold=" + holdAt);
    }
    command.add("id.cpmpos.Launcher");
    command.add("--config");
    command.add(config.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    return new ChildTerminal(builder.start());
  }

  private Thread pump(InputStream stream, StringBuffer into, boolean watchCheckpoints) {
    Thread t = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(
          new InputStreamReader(stream, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          into.append(line).append('\n');
          if (watchCheckpoints && line.startsWith("CHECKPOINT ")) {
            checkpoint.complete(line.substring("CHECKPOINT ".length()));
          }
        }
      } catch (IOException e) {
        into.append("(stream closed: ").append(e).append(")\n");
      }
      if (watchCheckpoints) {
        checkpoint.completeExceptionally(
            new IllegalStateException("exited before a checkpoint:\n" + into));
      }
    }, "child-terminal-pump");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** Blocks until the child stands at its checkpoint (bounded). */
  String awaitCheckpoint() throws InterruptedException, ExecutionException, TimeoutException {
    return checkpoint.get(60, TimeUnit.SECONDS);
  }

  /** SIGKILL: no shutdown hooks, no finally blocks, no flush — a power cut as far as the JVM can tell. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the child survived SIGKILL");
    }
  }

  /**
   * SIGTERM, as a service manager stops a service: the JVM runs its shutdown hooks (the command's
   * own close). Waits (bounded) for the exit and returns its status.
   */
  int terminate() throws InterruptedException {
    process.destroy();
    return exitStatus();
  }

  /** Waits (bounded) for a normal exit and returns its status. */
  int exitStatus() throws InterruptedException {
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(
          "the child did not finish in 90 s\nstdout:\n" + out + "\nstderr:\n" + err);
    }
    for (Thread pump : pumps) {
      pump.join(10_000); // the pipes close with the process; this only lets the readers catch up
    }
    return process.exitValue();
  }

  String stdout() {
    return out.toString();
  }

  String stderr() {
    return err.toString();
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
