package id.cpmpos.config;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The registry of keys is the one list: every key in it is documented, and the loader knows them all. */
class ConfigKeysTest {
  @Test
  void everyKnownKeyIsInTheReadmesConfigurationTable() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    String table = readme.substring(readme.indexOf("## Configuration"));
    table = table.substring(0, table.indexOf("\n## ", 1));
    for (String key : ConfigKeys.all()) {
      assertTrue(table.contains("`" + key + "`"),
          key + " is missing from the README's configuration table");
    }
  }

  @Test
  void theRegistryHoldsTheKeysTheLoaderReads() {
    assertTrue(ConfigKeys.all().contains(ConfigKeys.CLIENT_SECRET));
    assertTrue(ConfigKeys.all().contains(ConfigKeys.SCANNER_WEDGE_SUFFIX));
  }
}
