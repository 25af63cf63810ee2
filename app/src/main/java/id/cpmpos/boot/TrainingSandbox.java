package id.cpmpos.boot;

import id.cpmpos.sandbox.SandboxCredentials;
import id.cpmpos.sandbox.SandboxOptions;
import id.cpmpos.sandbox.SandboxProvider;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A quiet sandbox provider on loopback with a terminal configuration written beside it: what the
 * class-data training run ({@code id.cpmpos.ClassDataTraining}) points the CLI at, so its commands load
 * the classes they load at a counter without a real provider or a real journal.
 */
public final class TrainingSandbox implements AutoCloseable {
  private final SandboxProvider sandbox;
  private final Path config;

  private TrainingSandbox(SandboxProvider sandbox, Path config) {
    this.sandbox = sandbox;
    this.config = config;
  }

  /** Starts it on a free port and writes {@code dir/terminal.properties} with its keys. */
  public static TrainingSandbox start(Path dir) throws IOException {
    SandboxProvider sandbox = new SandboxProvider(SandboxCredentials.generate(), Clock.systemUTC(),
        SandboxOptions.defaults().withTraffic(line -> {}));
    try {
      sandbox.start(0);
      Path config = dir.resolve("terminal.properties");
      SandboxConfigWriter.write(config, sandbox);
      return new TrainingSandbox(sandbox, config);
    } catch (IOException | RuntimeException e) {
      sandbox.close();
      throw e;
    }
  }

  public Path config() {
    return config;
  }

  @Override
  public void close() {
    sandbox.close();
  }
}
