package id.cpmpos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.spi.FilterReply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The logging set-up in code does what the XML file did: the support log and warnings on stderr. */
class LoggingConfiguratorTest {
  @TempDir Path dir;

  @Test
  void logbackFindsItAsAService() {
    assertTrue(ServiceLoader.load(Configurator.class).stream()
        .anyMatch(p -> p.type() == LoggingConfigurator.class));
  }

  @Test
  void theTerminalsInfoGoesToTheSupportLogAndOnlyWarningsToStderr() throws Exception {
    String before = System.setProperty("cpmpos.log.dir", dir.toString());
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter()); // as logback's own service provider sets it up
    try {
      LoggingConfigurator configurator = new LoggingConfigurator();
      configurator.setContext(context);
      assertEquals(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, configurator.configure(context));

      Logger terminal = context.getLogger("id.cpmpos.terminal.PaymentService");
      terminal.info("payment P1 amount 1000.00 IDR");
      terminal.debug("not for the support log");
      context.getLogger("okhttp3.OkHttpClient").info("a library's info stays out");

      String log = Files.readString(dir.resolve("cpm-pos.log"));
      assertTrue(log.contains("INFO  [") && log.contains("payment P1 amount 1000.00 IDR"), log);
      assertFalse(log.contains("not for the support log"), log);
      assertFalse(log.contains("a library's info"), log);
      var stderr = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
      var threshold = (ThresholdFilter) stderr.getCopyOfAttachedFiltersList().get(0);
      assertEquals(FilterReply.DENY, threshold.decide(event(Level.INFO)));
      assertEquals(FilterReply.NEUTRAL, threshold.decide(event(Level.WARN)));
    } finally {
      context.stop();
      if (before == null) {
        System.clearProperty("cpmpos.log.dir");
      } else {
        System.setProperty("cpmpos.log.dir", before);
      }
    }
  }

  private static LoggingEvent event(Level level) {
    LoggingEvent e = new LoggingEvent();
    e.setLevel(level);
    return e;
  }
}
