package id.cpmpos.testing;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What most UI tests show: a terminal on its own sandbox (a new directory, journal and port for each
 * test) and the executor its screens hand work to. Held in one {@code @AutoClose} field, it closes
 * all three after the test, the executor first.
 */
public final class UiTerminal implements AutoCloseable {
  public final SandboxFixture fixture;
  public final TerminalContext terminal;
  public final ExecutorService background = Executors.newSingleThreadExecutor();

  private UiTerminal(SandboxFixture fixture, TerminalContext terminal) {
    this.fixture = fixture;
    this.terminal = terminal;
  }

  /**
   * A sandbox in a new directory under {@code dir}, its configuration changed by
   * {@code overrides} (key, value, key, value...), and the terminal on it, on the system clock.
   */
  public static UiTerminal open(Path dir, String... overrides) throws IOException, ConfigException {
    return open(new SandboxFixture(Files.createTempDirectory(dir, "ui")), Clock.systemUTC(),
        overrides);
  }

  /** The terminal on a sandbox the test made itself (its own options or files beside the configuration). */
  public static UiTerminal open(SandboxFixture fixture, Clock clock, String... overrides)
      throws IOException, ConfigException {
    try {
      for (int i = 0; i < overrides.length; i += 2) {
        fixture.override(overrides[i], overrides[i + 1]);
      }
      return new UiTerminal(fixture, TerminalContext.open(fixture.config, clock));
    } catch (IOException | ConfigException | RuntimeException e) {
      fixture.close();
      throw e;
    }
  }

  @Override
  public void close() {
    background.shutdownNow();
    terminal.close();
    fixture.close();
  }
}
