package id.cpmpos.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * The sandbox's knobs. {@code slowDelay} should exceed the client's read timeout; {@code traffic}
 * receives one line per request and response, secrets masked (the CLI prints them to stderr).
 */
public record SandboxOptions(
    ZoneId zone,
    Duration qrValidity,
    Duration slowDelay,
    Duration notifyBackoff,
    int notifyAttempts,
    Path stateFile,
    String notifyUrl,
    Consumer<String> traffic) {

  public static SandboxOptions defaults() {
    return new SandboxOptions(ZoneId.of("Asia/Jakarta"), Duration.ofSeconds(60),
        Duration.ofSeconds(30),
        Duration.ofSeconds(1), 12, null, null, line -> {});
  }

  public SandboxOptions withSlowDelay(Duration d) {
    return new SandboxOptions(zone, qrValidity, d, notifyBackoff, notifyAttempts, stateFile,
        notifyUrl, traffic);
  }

  public SandboxOptions withQrValidity(Duration d) {
    return new SandboxOptions(zone, d, slowDelay, notifyBackoff, notifyAttempts, stateFile,
        notifyUrl, traffic);
  }

  public SandboxOptions withNotify(String url, Duration backoff) {
    return new SandboxOptions(zone, qrValidity, slowDelay, backoff, notifyAttempts, stateFile, url,
        traffic);
  }

  public SandboxOptions withStateFile(Path file) {
    return new SandboxOptions(zone, qrValidity, slowDelay, notifyBackoff, notifyAttempts, file,
        notifyUrl, traffic);
  }

  public SandboxOptions withTraffic(Consumer<String> sink) {
    return new SandboxOptions(zone, qrValidity, slowDelay, notifyBackoff, notifyAttempts, stateFile,
        notifyUrl, sink);
  }
}
