package id.cpmpos.cli;

import id.cpmpos.chain.HqRelay;
import id.cpmpos.chain.Ledger;
import id.cpmpos.config.ChainConfigLoader;
import id.cpmpos.config.ConfigException;
import id.cpmpos.config.ConfigKeys;
import id.cpmpos.config.ConfigPaths;
import id.cpmpos.config.HqConfig;
import id.cpmpos.i18n.Messages;
import id.cpmpos.snap.Pem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;

/**
 * {@code hq [--config FILE]}: the head office's notify relay. Upgrades the ledger's schema, then
 * receives the provider's notifies and writes them to the ledger, until stopped. {@code hq migrate}
 * only upgrades the schema. Default configuration: {@code hq.properties} in the configuration
 * directory.
 */
@Command(name = "hq", mixinStandardHelpOptions = true, subcommands = HqCommand.Migrate.class)
final class HqCommand extends CliCommand {
  @Override
  public Integer call() throws Exception {
    HqConfig config = config(root().config);
    Messages messages = console();
    HqRelay relay;
    try {
      relay = HqRelay.start(config, providerKey(config), Clock.systemUTC());
    } catch (RuntimeException e) {
      err().println(messages.get("cli.hq.ledgerDown", e.getMessage()));
      return ExitStatus.FAILED;
    }
    CountDownLatch stopped = closedOnStop("cpm-pos-hq-stop", relay::close);
    err().println(messages.get("cli.hq.running", relay.url()));
    stopped.await();
    return ExitStatus.OK;
  }

  static HqConfig config(Path given) throws ConfigException {
    return ChainConfigLoader.loadHq(file(given));
  }

  /** The file given with {@code --config}, else {@code hq.properties} in the configuration directory; it must exist. */
  static Path file(Path given) throws ConfigException {
    Path file = given != null ? given : ConfigPaths.configDir().resolve("hq.properties");
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("--config", "file not found: " + file);
    }
    return file;
  }

  private static PublicKey providerKey(HqConfig config) throws ConfigException {
    try {
      return Pem.readPublicKey(config.providerPublicKey());
    } catch (IOException | GeneralSecurityException e) {
      throw new ConfigException(ConfigKeys.PROVIDER_PUBLIC_KEY,
          "not an RSA public key in PEM (" + e.getMessage() + ")");
    }
  }

  /** {@code hq migrate}: creates or upgrades the ledger's schema, then exits (0 done, 1 ledger unreachable). */
  @Command(name = "migrate", mixinStandardHelpOptions = true)
  static final class Migrate extends CliCommand {
    @Override
    public Integer call() throws Exception {
      HqConfig config = config(root().config);
      Messages messages = console();
      try {
        int run = new Ledger(config.chain()).migrate();
        out().println(messages.get("cli.hq.migrated", run));
        return ExitStatus.OK;
      } catch (RuntimeException e) {
        err().println(messages.get("cli.hq.ledgerDown", e.getMessage()));
        return ExitStatus.FAILED;
      }
    }
  }
}
