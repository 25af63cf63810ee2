package id.cpmpos.logging;

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
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.spi.FilterReply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.slf4j.LoggerFactory;

/**
 * The logging set-up: the terminal's INFO into the owner-only support log, warnings to stderr, every
 * line masked; and nothing built, no file created, until something is logged.
 */
@Isolated("points cpmpos.log.dir, which every logger context reads, at its own directory")
class SupportLogConfiguratorTest {
  @TempDir Path dir;

  @Test
  void logbackFindsItAsAServiceBeforeAnyConfigurationFile() {
    assertTrue(ServiceLoader.load(Configurator.class).stream()
        .anyMatch(p -> p.type() == SupportLogConfigurator.class));
    assertEquals(Level.INFO, ((Logger) LoggerFactory.getLogger("id.cpmpos")).getLevel(),
        "the running logback was set up by it");
  }

  @Test
  void aProcessThatLogsNothingBuildsNoAppenderAndCreatesNoFile() {
    withContext(context -> {
      Logger terminal = context.getLogger("id.cpmpos.journal.Journal");
      assertTrue(terminal.isInfoEnabled());
      assertFalse(terminal.isDebugEnabled());
      terminal.debug("below the level");
      context.getLogger("org.sqlite.JDBC").info("a library's info stays out");
      assertEquals(0, deferred(context).built().size(), "no appender built");
      assertFalse(Files.exists(dir.resolve("logs")), "no log directory or file");
    });
  }

  @Test
  void theTerminalsInfoGoesMaskedToTheOwnerOnlySupportLogAndOnlyWarningsToStderr() {
    withContext(context -> {
      Logger terminal = context.getLogger("id.cpmpos.terminal.PaymentService");
      terminal
          .info("payment P1 amount 1000.00 IDR qr hQVDUFYwMWFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6");
      terminal.debug("not for the support log");
      context.getLogger("okhttp3.OkHttpClient").info("a library's info stays out");
      Path log = dir.resolve("logs").resolve("cpm-pos.log");
      String text;
      try {
        text = Files.readString(log);
        assertEquals("rw-------",
            PosixFilePermissions.toString(Files.getPosixFilePermissions(log)));
        assertEquals("rwx------",
            PosixFilePermissions.toString(Files.getPosixFilePermissions(log.getParent())));
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      assertTrue(text
          .matches("(?s)\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-Z].* INFO  \\[.*\\] "
              + ".*PaymentService - payment P1 amount 1000.00 IDR qr \\[QR sha256:.*"),
          text);
      assertFalse(text.contains("hQVDUFYwM"), "QR content masked: " + text);
      assertFalse(text.contains("not for the support log"), text);
      assertFalse(text.contains("a library's info"), text);
      Appender<?> stderr = deferred(context).built().stream()
          .filter(a -> a.getName().equals("STDERR")).findFirst()
          .orElseThrow();
      ThresholdFilter threshold = (ThresholdFilter) stderr.getCopyOfAttachedFiltersList().get(0);
      assertEquals(FilterReply.DENY, threshold.decide(event(Level.INFO)));
      assertEquals(FilterReply.NEUTRAL, threshold.decide(event(Level.WARN)));
    });
  }

  private void withContext(Consumer<LoggerContext> test) {
    String before = System.setProperty("cpmpos.log.dir", dir.resolve("logs").toString());
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter()); // as logback's own service provider sets it up
    try {
      SupportLogConfigurator configurator = new SupportLogConfigurator();
      configurator.setContext(context);
      assertEquals(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY,
          configurator.configure(context));
      test.accept(context);
    } finally {
      context.stop();
      if (before == null) {
        System.clearProperty("cpmpos.log.dir");
      } else {
        System.setProperty("cpmpos.log.dir", before);
      }
    }
  }

  private static DeferredAppender deferred(LoggerContext context) {
    return (DeferredAppender) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("SUPPORT");
  }

  private static LoggingEvent event(Level level) {
    LoggingEvent e = new LoggingEvent();
    e.setLevel(level);
    return e;
  }
}
