package id.cpmpos.config;

import static id.cpmpos.config.ConfigKeys.*;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Reads the {@code chain.*} keys (terminal.properties, and hq's file) and the hq's own settings. A
 * terminal without {@code chain.jdbcUrl} is a terminal on its own: no chain, nothing changes.
 */
public final class ChainConfigLoader {
  private ChainConfigLoader() {}

  /** The chain settings of a terminal's configuration file; empty when it has none. */
  public static Optional<ChainConfig> load(Path file) throws ConfigException {
    return chain(new ConfigLoader.Keys(ConfigLoader.read(file), file.toAbsolutePath().getParent()));
  }

  /** hq's configuration: the ledger (required), the notify receiver and the provider's public key. */
  public static HqConfig loadHq(Path file) throws ConfigException {
    Properties p = ConfigLoader.read(file);
    ConfigLoader.checkKnownKeys(p);
    ConfigLoader.Keys r = new ConfigLoader.Keys(p, file.toAbsolutePath().getParent());
    ChainConfig chain = chain(r)
        .orElseThrow(() -> new ConfigException(CHAIN_JDBC_URL, "missing (required by hq)"));
    return new HqConfig(chain, r.existingFile(PROVIDER_PUBLIC_KEY), r.required(PARTNER_ID, 64),
        r.matching(CHANNEL_ID, Pattern.compile("\\d{5}"), "five digits"),
        ConfigLoader.notifyReceiver(r, 8079), r.zone());
  }

  /** What {@code report --chain} reads from hq's file or a terminal's: the ledger, the zone, the language. */
  public record ForReport(Optional<ChainConfig> chain, ZoneId zone, String language) {}

  public static ForReport loadForReport(Path file) throws ConfigException {
    ConfigLoader.Keys r = new ConfigLoader.Keys(ConfigLoader.read(file),
        file.toAbsolutePath().getParent());
    return new ForReport(chain(r), r.zone(), r.oneOf(LANGUAGE, "id", "id", "en"));
  }

  static Optional<ChainConfig> chain(ConfigLoader.Keys r) throws ConfigException {
    String url = r.optional(CHAIN_JDBC_URL, 2048, null);
    if (url == null) {
      for (String key : new String[]{CHAIN_USER, CHAIN_PASSWORD_FILE}) {
        if (r.optional(key, 2048, null) != null) {
          throw new ConfigException(CHAIN_JDBC_URL, "missing (required when " + key + " is set)");
        }
      }
      return Optional.empty();
    }
    if (!url.startsWith("jdbc:postgresql://")) {
      throw new ConfigException(CHAIN_JDBC_URL, "must be a PostgreSQL JDBC URL, for example"
          + " jdbc:postgresql://ledger.example.co.id:5432/cpmpos, was '" + url + "'");
    }
    String user = r.required(CHAIN_USER, 64);
    if (r.optional(CHAIN_PASSWORD_FILE, 2048, null) == null) {
      throw new ConfigException(CHAIN_PASSWORD_FILE,
          "missing (required: a file holding the ledger user's password)");
    }
    return Optional.of(new ChainConfig(url, user, r.secretFile(CHAIN_PASSWORD_FILE),
        r.integer(CHAIN_BATCH_SIZE, 500, 1, 10_000),
        Duration.ofMillis(r.integer(CHAIN_TIMEOUT_MS, 5_000, 100, 120_000)),
        Duration.ofMillis(r.integer(CHAIN_PUSH_INTERVAL_MS, 5_000, 50, 3_600_000))));
  }
}
