package id.cpmpos.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The scanner.* keys: defaults, values, and a bad value named by its key. */
class ScannerConfigTest {
  private static final Path BASE = Path.of("/etc/cpm-pos");

  private static Properties minimal() {
    Properties p = new Properties();
    p.setProperty("provider.baseUrl", "https://api.bank.example/snap");
    p.setProperty("terminal.id", "T001");
    p.setProperty("partner.id", "P");
    p.setProperty("client.key", "K");
    p.setProperty("client.secret", "S");
    p.setProperty("partner.privateKey", "/dev/null");
    p.setProperty("channel.id", "95221");
    p.setProperty("merchant.id", "M");
    return p;
  }

  private static ScannerConfig load(Properties p) throws ConfigException {
    return ConfigLoader.fromProperties(p, BASE).scanners();
  }

  @Test
  void withoutScannerKeysTheDefaultsApply() throws Exception {
    // /dev/null is a character device, not a file: use a real one for the key check.
    Properties p = minimal();
    p.setProperty("partner.privateKey", Files.createTempFile("key", ".pem").toString());
    assertEquals(ScannerConfig.DEFAULTS, load(p));
  }

  @Test
  void everyKeyIsRead() throws Exception {
    Properties p = minimal();
    p.setProperty("partner.privateKey", Files.createTempFile("key", ".pem").toString());
    p.setProperty("scanner.webcam", "files:frames");
    p.setProperty("scanner.webcam.resolution", "1280x720");
    p.setProperty("scanner.serial.port", "/dev/ttyACM0");
    p.setProperty("scanner.serial.baud", "115200");
    p.setProperty("scanner.serial.terminator", "crlf");
    p.setProperty("scanner.wedge", "off");
    p.setProperty("scanner.wedge.maxGapMs", "40");
    p.setProperty("scanner.wedge.maxMeanGapMs", "20");
    p.setProperty("scanner.wedge.minLength", "16");
    p.setProperty("scanner.wedge.prefix", "]Q1");
    p.setProperty("scanner.wedge.suffix", "TAB");

    ScannerConfig c = load(p);
    assertEquals("files:" + BASE.resolve("frames"), c.webcam(),
        "relative to the configuration's folder");
    assertEquals("1280x720", c.webcamResolution());
    assertEquals("/dev/ttyACM0", c.serialPort());
    assertEquals(115200, c.serialBaud());
    assertEquals("CRLF", c.serialTerminator());
    assertFalse(c.wedge());
    assertEquals(40, c.wedgeMaxGapMs());
    assertEquals(20, c.wedgeMaxMeanGapMs());
    assertEquals(16, c.wedgeMinLength());
    assertEquals("]Q1", c.wedgePrefix());
    assertEquals("TAB", c.wedgeSuffix());
  }

  @Test
  void aBadResolutionOrTerminatorNamesItsKey() throws Exception {
    Properties p = minimal();
    p.setProperty("partner.privateKey", Files.createTempFile("key", ".pem").toString());
    p.setProperty("scanner.webcam.resolution", "HD");
    ConfigException e = assertThrows(ConfigException.class, () -> load(p));
    assertTrue(e.getMessage().contains("scanner.webcam.resolution"), e.getMessage());

    p.setProperty("scanner.webcam.resolution", "640x480");
    p.setProperty("scanner.serial.terminator", "ETX");
    e = assertThrows(ConfigException.class, () -> load(p));
    assertTrue(e.getMessage().contains("scanner.serial.terminator"), e.getMessage());
  }
}
