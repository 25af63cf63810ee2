package id.cpmpos.boot;

import id.cpmpos.config.ConfigLoader;
import id.cpmpos.config.ConfigPaths;
import id.cpmpos.config.CounterConfig;
import id.cpmpos.config.NotifyConfig;
import id.cpmpos.config.ProviderTrust;
import id.cpmpos.config.ScannerConfig;
import id.cpmpos.config.TerminalConfig;
import id.cpmpos.notify.NotifyPolicy;
import id.cpmpos.sandbox.SandboxCredentials;
import id.cpmpos.sandbox.SandboxOptions;
import id.cpmpos.sandbox.SandboxProvider;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Demo mode's provider and configuration: the sandbox on loopback, with keys generated at the first
 * demo start and kept beside the demo journal, and a terminal configured for it.
 */
final class DemoMode {
  /**
   * A payment's request expires 60 s after it is made; a provider that still does not know it well
   * after that (clock skew, queues) never will: nothing was charged.
   */
  private static final Duration NOT_FOUND_IS_FINAL_AFTER = Duration.ofMinutes(3);

  private DemoMode() {}

  /** Where demo mode keeps its journal (and, beside it, its keys and the sandbox's books). */
  static Path defaultJournal() {
    return ConfigPaths.defaultDataDir().resolve("demo").resolve("journal.db");
  }

  /**
   * The sandbox, started. Its books live beside the demo journal: what was pending when the demo
   * was closed is still known to "the provider" when it opens again, so the sync settles it as it would.
   */
  static SandboxProvider startSandbox(Path journal, Clock clock) {
    SandboxCredentials credentials = SandboxCredentials
        .loadOrGenerate(journal.resolveSibling("sandbox-credentials.properties"));
    SandboxProvider sandbox = new SandboxProvider(credentials, clock,
        SandboxOptions.defaults().withStateFile(journal.resolveSibling("sandbox-state.db")));
    try {
      sandbox.start(0);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the demo sandbox on 127.0.0.1", e);
    }
    return sandbox;
  }

  /** A terminal of "Toko Demo" paying through {@code sandbox}, its journal at {@code journal}. */
  static TerminalConfig config(SandboxProvider sandbox, Path journal, String language) {
    SandboxCredentials credentials = sandbox.credentials();
    return new TerminalConfig(
        new TerminalConfig.Provider(sandbox.baseUrl(), "v1.0", "symmetric", null,
            ProviderTrust.SYSTEM),
        new TerminalConfig.Partner(credentials.partnerId(), credentials.clientKey(),
            credentials.clientSecret(), null,
            null, null, credentials.channelId(), "cpm-pos-demo"),
        new TerminalConfig.Merchant(credentials.merchantId(), null, "DEMO0001", null, "Toko Demo",
            "Jakarta",
            "Sandbox"),
        journal,
        new NotifyConfig(0, "127.0.0.1", NotifyPolicy.DEFAULT_MAX_CLOCK_SKEW),
        new TerminalConfig.Http(Duration.ofSeconds(5), Duration.ofSeconds(20)),
        ConfigLoader.DEFAULT_ZONE,
        language,
        true,
        NOT_FOUND_IS_FINAL_AFTER,
        ScannerConfig.DEFAULTS,
        CounterConfig.DEFAULTS);
  }
}
