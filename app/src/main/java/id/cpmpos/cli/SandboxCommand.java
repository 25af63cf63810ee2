package id.cpmpos.cli;

import id.cpmpos.boot.SandboxConfigWriter;
import id.cpmpos.sandbox.SandboxCredentials;
import id.cpmpos.sandbox.SandboxOptions;
import id.cpmpos.sandbox.SandboxProvider;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sandbox [--port N] [--write-config FILE] [--state FILE]}: runs the sandbox provider in the
 * foreground on 127.0.0.1, optionally first writing a terminal configuration (and key files beside it)
 * for it. Every request and response is logged to stderr with secrets masked.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true)
final class SandboxCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "0") int port;

  @Option(names = "--write-config", paramLabel = "FILE") Path writeConfig;

  @Option(names = "--state", paramLabel = "FILE") Path state;

  @Option(names = "--notify-url", paramLabel = "URL") String notifyUrl;

  @Option(names = "--slow-ms", defaultValue = "30000", paramLabel = "MS") long slowMillis;

  @Option(names = "--quiet") boolean quiet;

  @Override
  public Integer call() throws Exception {
    SandboxCredentials credentials = SandboxCredentials.generate();
    PrintWriter err = spec.commandLine().getErr();
    SandboxOptions options = SandboxOptions.defaults()
        .withSlowDelay(Duration.ofMillis(slowMillis))
        .withStateFile(state)
        .withNotify(notifyUrl, Duration.ofSeconds(1))
        .withTraffic(quiet ? line -> {} : line -> {
          synchronized (err) {
            err.println(line);
            err.flush();
          }
        });
    try (SandboxProvider sandbox = new SandboxProvider(credentials, Clock.systemUTC(), options)
        .start(port)) {
      if (writeConfig != null) {
        SandboxConfigWriter.write(writeConfig, sandbox);
      }
      // The first stdout line names the address, so a script can wait for it.
      spec.commandLine().getOut().println("sandbox listening on " + sandbox.baseUrl());
      spec.commandLine().getOut().flush();
      new CountDownLatch(1).await(); // until the process is stopped
    }
    return ExitStatus.OK;
  }
}
