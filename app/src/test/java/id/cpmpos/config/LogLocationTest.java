package id.cpmpos.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one rule for where logs go: the system property, else log.dir, else the data directory's logs/. */
class LogLocationTest {
  @TempDir Path dir;

  @Test
  void theSystemPropertyWinsThenLogDirThenTheDataDirectory() throws Exception {
    Path config = dir.resolve("terminal.properties");
    Path data = dir.resolve("data");
    assertEquals(data.resolve("logs"), LogLocation.resolve(null, config, data),
        "no configuration file");
    Files.writeString(config, "provider.baseUrl=https://x\n");
    assertEquals(data.resolve("logs"), LogLocation.resolve(null, config, data), "no log.dir");
    Files.writeString(config, "log.dir=../var/log/cpm-pos\n");
    assertEquals(dir.getParent().resolve("var/log/cpm-pos"),
        LogLocation.resolve(null, config, data),
        "relative to the configuration's directory");
    Files.writeString(config, "log.dir=/srv/cpm-pos/logs\n");
    assertEquals(Path.of("/srv/cpm-pos/logs"), LogLocation.resolve(null, config, data));
    assertEquals(Path.of("/opt/logs"), LogLocation.resolve("/opt/logs", config, data));
  }

  @Test
  void theConfigArgumentIsFoundBeforeOrAfterTheCommand() {
    assertEquals(Path.of("a.properties"),
        LogLocation.configArgument(new String[]{"--config", "a.properties", "pay"}));
    assertEquals(Path.of("b.properties"),
        LogLocation.configArgument(new String[]{"pay", "--config=b.properties"}));
    assertEquals(null, LogLocation.configArgument(new String[]{"pay", "--amount", "1.00"}));
  }
}
