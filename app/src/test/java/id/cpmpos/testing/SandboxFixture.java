package id.cpmpos.testing;

import id.cpmpos.boot.SandboxConfigWriter;
import id.cpmpos.boot.TerminalContext;
import id.cpmpos.config.ConfigException;
import id.cpmpos.sandbox.CustomerWallet;
import id.cpmpos.sandbox.SandboxCredentials;
import id.cpmpos.sandbox.SandboxOptions;
import id.cpmpos.sandbox.SandboxProvider;
import id.cpmpos.sandbox.Scenario;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Properties;

/**
 * A real sandbox provider on 127.0.0.1 (port 0), a terminal.properties pointing at it, and a
 * customer wallet that gets QRs from it through the real client, as a phone would.
 */
public final class SandboxFixture implements AutoCloseable {
  public final SandboxProvider sandbox;
  public final Path config;
  private final Path walletConfig;
  private TerminalContext walletSide;

  public SandboxFixture(Path dir) throws IOException {
    this(dir, SandboxOptions.defaults(), Clock.systemUTC());
  }

  /** RSA key generation costs ~0.2 s a pair; every fixture in one test JVM shares one set. */
  private static SandboxCredentials shared;

  private static synchronized SandboxCredentials credentials() {
    if (shared == null) {
      shared = SandboxCredentials.generate();
    }
    return shared;
  }

  public SandboxFixture(Path dir, SandboxOptions options, Clock clock) throws IOException {
    sandbox = new SandboxProvider(credentials(), clock, options).start(0);
    config = dir.resolve("terminal.properties");
    SandboxConfigWriter.write(config, sandbox);
    // The wallet is another party: its own journal and id, so its calls never collide with ours.
    walletConfig = dir.resolve("wallet.properties");
    Files.copy(config, walletConfig, StandardCopyOption.REPLACE_EXISTING);
    override(walletConfig, "journal.path", "wallet-journal.db");
    override(walletConfig, "terminal.id", "WALLET01");
  }

  /** A fresh one-time QR that pays at once. */
  public String customerQr() {
    return customerQr(Scenario.APPROVE);
  }

  /** A fresh one-time QR that plays the given scenario. */
  public synchronized String customerQr(Scenario scenario) {
    try {
      if (walletSide == null) {
        walletSide = TerminalContext.open(walletConfig, Clock.systemUTC());
      }
      return walletSide.wallet().generate(scenario).content();
    } catch (CustomerWallet.WalletException | ConfigException e) {
      throw new IllegalStateException("the sandbox wallet could not generate a QR", e);
    }
  }

  /** Rewrites one key of the terminal's configuration (e.g. a wrong client.secret). */
  public void override(String key, String value) throws IOException {
    override(config, key, value);
  }

  private static void override(Path file, String key, String value) throws IOException {
    Properties p = new Properties();
    try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    p.setProperty(key, value);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      p.store(w, null);
    }
  }

  @Override
  public synchronized void close() {
    if (walletSide != null) {
      walletSide.close();
      walletSide = null;
    }
    sandbox.close();
  }
}
