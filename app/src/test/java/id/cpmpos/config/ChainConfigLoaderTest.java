package id.cpmpos.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chain.* keys: absent is no chain; present, each problem is named by its key. */
class ChainConfigLoaderTest {
  @TempDir Path dir;

  private ConfigLoader.Keys keys(String... kv) {
    Properties p = new Properties();
    for (int i = 0; i < kv.length; i += 2) {
      p.setProperty(kv[i], kv[i + 1]);
    }
    return new ConfigLoader.Keys(p, dir);
  }

  @Test
  void withoutAJdbcUrlThereIsNoChain() throws Exception {
    assertTrue(ChainConfigLoader.chain(keys()).isEmpty());
  }

  @Test
  void aFullChainConfigurationResolvesThePasswordFileBesideTheConfiguration() throws Exception {
    Files.writeString(dir.resolve("ledger.password"), "secret\n");
    Files.setPosixFilePermissions(dir.resolve("ledger.password"),
        PosixFilePermissions.fromString("rw-------"));
    ChainConfig c = ChainConfigLoader
        .chain(keys("chain.jdbcUrl", "jdbc:postgresql://10.0.0.5:5432/cpmpos",
            "chain.user", "counter", "chain.passwordFile", "ledger.password", "chain.timeoutMs",
            "1500"))
        .orElseThrow();
    assertEquals(dir.resolve("ledger.password"), c.passwordFile());
    assertEquals(Duration.ofMillis(1500), c.timeout());
    assertEquals(500, c.batchSize());
    assertTrue(!c.toString().contains("secret"));
  }

  @Test
  void eachProblemIsNamedByItsKey() throws Exception {
    Files.writeString(dir.resolve("pw"), "x");
    Files.setPosixFilePermissions(dir.resolve("pw"), PosixFilePermissions.fromString("rw-------"));
    assertEquals("chain.jdbcUrl", assertThrows(ConfigException.class,
        () -> ChainConfigLoader.chain(keys("chain.user", "counter"))).key());
    assertEquals("chain.jdbcUrl", assertThrows(ConfigException.class,
        () -> ChainConfigLoader.chain(keys("chain.jdbcUrl", "jdbc:mysql://x/y", "chain.user", "u",
            "chain.passwordFile", "pw")))
        .key());
    assertEquals("chain.user", assertThrows(ConfigException.class,
        () -> ChainConfigLoader
            .chain(keys("chain.jdbcUrl", "jdbc:postgresql://x/y", "chain.passwordFile", "pw")))
        .key());
    assertEquals("chain.passwordFile", assertThrows(ConfigException.class,
        () -> ChainConfigLoader
            .chain(keys("chain.jdbcUrl", "jdbc:postgresql://x/y", "chain.user", "u")))
        .key());
    assertEquals("chain.passwordFile", assertThrows(ConfigException.class,
        () -> ChainConfigLoader
            .chain(keys("chain.jdbcUrl", "jdbc:postgresql://x/y", "chain.user", "u",
                "chain.passwordFile", "missing")))
        .key());
    assertEquals("chain.batchSize", assertThrows(ConfigException.class,
        () -> ChainConfigLoader
            .chain(keys("chain.jdbcUrl", "jdbc:postgresql://x/y", "chain.user", "u",
                "chain.passwordFile", "pw", "chain.batchSize", "0")))
        .key());
    // The password is a secret: a file others may read is refused, with the fix.
    Files.setPosixFilePermissions(dir.resolve("pw"), PosixFilePermissions.fromString("rw-r--r--"));
    ConfigException open = assertThrows(ConfigException.class, () -> ChainConfigLoader.chain(keys(
        "chain.jdbcUrl", "jdbc:postgresql://x/y", "chain.user", "u", "chain.passwordFile", "pw")));
    assertEquals("chain.passwordFile", open.key());
    assertTrue(open.getMessage().contains("chmod 600"), open.getMessage());
  }
}
