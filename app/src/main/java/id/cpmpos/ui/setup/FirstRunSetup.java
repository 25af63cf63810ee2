package id.cpmpos.ui.setup;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.config.ConfigPaths;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Where the first run puts things: the configuration the wizard installs, the journal it names, the
 * demo's journal, and where the wizard's answers wait while the provider is asked (a private temporary
 * directory, deleted whatever the answer). The user's own directories in the app; a test's in tests.
 *
 * @param env the environment the connection test reads (a keystore password, as setup does)
 */
public record FirstRunSetup(Path configFile, Path journal, Path demoJournal, Path stagingRoot,
    Map<String, String> env, Clock clock) {

  public static FirstRunSetup defaults(Map<String, String> env, Clock clock) {
    return new FirstRunSetup(ConfigPaths.defaultConfigFile(),
        ConfigPaths.defaultDataDir().resolve("journal.db"),
        TerminalContext.defaultDemoJournal(), Path.of(System.getProperty("java.io.tmpdir")), env,
        clock);
  }
}
