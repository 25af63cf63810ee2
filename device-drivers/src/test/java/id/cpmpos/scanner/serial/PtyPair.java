package id.cpmpos.scanner.serial;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A pseudo-terminal pair from socat, standing in for a serial cable: the terminal opens one end as
 * its scanner port, the test writes to the other as the scanner would. Killing socat removes both
 * ends, like pulling the scanner's USB cable.
 */
final class PtyPair implements AutoCloseable {
  final Path terminalEnd;
  final Path scannerEnd;
  private Process socat;

  PtyPair(Path dir) {
    this.terminalEnd = dir.resolve("ttyTerminal");
    this.scannerEnd = dir.resolve("ttyScanner");
  }

  /** Skips the test when socat is missing on a developer's machine; on CI it must be there (.ci/run installs it). */
  static void assumeSocat() {
    boolean present = Files.isExecutable(Path.of("/usr/bin/socat"))
        || Files.isExecutable(Path.of("/bin/socat"))
        || Files.isExecutable(Path.of("/usr/local/bin/socat"));
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("socat is missing on CI: .ci/run should have installed it");
    }
    assumeTrue(present, "socat not installed (apt-get install socat); CI never skips this");
  }

  PtyPair connect() throws IOException {
    socat = new ProcessBuilder("socat", "-d", "-d",
        "pty,raw,echo=0,link=" + terminalEnd, "pty,raw,echo=0,link=" + scannerEnd)
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    awaitLinks(true);
    return this;
  }

  void disconnect() throws InterruptedException {
    socat.destroy();
    if (!socat.waitFor(10, TimeUnit.SECONDS)) {
      socat.destroyForcibly();
    }
    awaitLinks(false);
  }

  /** Writes as the scanner would: the bytes of one or more scans, terminators included. */
  void scannerSends(byte[] bytes) throws IOException {
    Files.write(scannerEnd, bytes);
  }

  private void awaitLinks(boolean present) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while ((Files.exists(terminalEnd) && Files.exists(scannerEnd)) != present) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "socat's links " + (present ? "did not appear" : "stayed") + " within 10 s");
      }
      LockSupport.parkNanos(Duration.ofMillis(5).toNanos()); // socat creates them from its own process
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (socat != null && socat.isAlive()) {
      disconnect();
    }
  }
}
