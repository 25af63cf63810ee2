package id.cpmpos.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** sale.maxAmount, ui.sound, receipt.* and supervisor.idleMinutes: defaults, values, and a bad value named by its key. */
class CounterConfigTest {
  private static Properties minimal() throws Exception {
    Properties p = new Properties();
    p.setProperty("provider.baseUrl", "https://api.bank.example/snap");
    p.setProperty("terminal.id", "T001");
    p.setProperty("partner.id", "P");
    p.setProperty("client.key", "K");
    p.setProperty("client.secret", "S");
    p.setProperty("partner.privateKey", Files.createTempFile("key", ".pem").toString());
    p.setProperty("channel.id", "95221");
    p.setProperty("merchant.id", "M");
    return p;
  }

  private static CounterConfig load(Properties p) throws ConfigException {
    return ConfigLoader.fromProperties(p, Path.of("/etc/cpm-pos")).counter();
  }

  @Test
  void byDefaultASaleMayBeUpToTenMillionRupiahAndTheCounterSounds() throws Exception {
    assertEquals(CounterConfig.DEFAULTS, load(minimal()));
    assertEquals(new BigDecimal("10000000.00"), CounterConfig.DEFAULTS.saleMaxAmount());
  }

  @Test
  void bothKeysAreRead() throws Exception {
    Properties p = minimal();
    p.setProperty("sale.maxAmount", "2500000");
    p.setProperty("ui.sound", "off");
    CounterConfig c = load(p);
    assertEquals(new BigDecimal("2500000.00"), c.saleMaxAmount());
    assertFalse(c.sound());
  }

  @Test
  void aLimitThatIsNoAmountIsRefusedNamingTheKey() throws Exception {
    for (String bad : new String[]{"10.000.000", "0", "-5", "1e6", "12345678901234567"}) {
      Properties p = minimal();
      p.setProperty("sale.maxAmount", bad);
      ConfigException e = assertThrows(ConfigException.class, () -> load(p), bad);
      assertEquals("sale.maxAmount", e.key(), bad);
    }
  }

  @Test
  void theReceiptPrinterAutoPrintAndSupervisorIdleAreRead() throws Exception {
    Properties p = minimal();
    p.setProperty("receipt.printer", "tcp:192.168.1.50:9100");
    p.setProperty("receipt.autoPrint", "on");
    p.setProperty("supervisor.idleMinutes", "5");
    CounterConfig c = load(p);
    assertEquals("tcp:192.168.1.50:9100", c.receiptPrinter());
    assertTrue(c.autoPrint());
    assertEquals(Duration.ofMinutes(5), c.supervisorIdle());
  }

  @Test
  void badPrinterSettingsAreRefusedNamingTheKey() throws Exception {
    String[][] cases = {
        {"receipt.printer", "lpt1", "receipt.printer"},
        {"receipt.printer", "tcp:host", "receipt.printer"},
        {"receipt.autoPrint", "on", "receipt.autoPrint"},
        {"supervisor.idleMinutes", "0", "supervisor.idleMinutes"},
        {"supervisor.idleMinutes", "90", "supervisor.idleMinutes"},
    };
    for (String[] c : cases) {
      Properties p = minimal();
      p.setProperty(c[0], c[1]);
      ConfigException e = assertThrows(ConfigException.class, () -> load(p), c[0] + "=" + c[1]);
      assertEquals(c[2], e.key(), c[0] + "=" + c[1]);
    }
  }
}
