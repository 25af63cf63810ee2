package id.cpmpos.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.util.List;

/**
 * The terminal's logging, found by logback as a service ({@code META-INF/services}) before any
 * configuration file: {@code id.cpmpos} at INFO, everything else at WARN, into the support log and,
 * from WARN ({@code cpmpos.stderr.level}), stderr, every line through {@link MaskingLayout}.
 *
 * <p>In code, and with the appenders built only when the first line is logged
 * ({@link DeferredAppender}): logback reading an XML file (its parser and configuration model), and
 * the rolling file with its pattern layouts, loaded ~650 classes before every CLI command, about 40 %
 * of {@code journal --json}'s start-up, though a command that only reads logs nothing. The levels are
 * set at once, so a level check never builds anything. {@code -Dlogback.configurationFile=FILE} still
 * wins.
 *
 * <p>The support log: {@code cpm-pos.log} under {@code cpmpos.log.dir} (the launcher points it at
 * {@code log.dir} or the per-user data directory; tests into target/), 0600 in a 0700 directory
 * ({@link OwnerOnlyFileAppender}), rolled at 10 MB and at midnight, 30 days and 300 MB kept.
 */
public final class SupportLogConfigurator extends ContextAwareBase implements Configurator {
  static final String FILE_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{30} - %msg%n";
  static final String STDERR_PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n";

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty("logback.configurationFile") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    String dir = System.getProperty("cpmpos.log.dir",
        System.getProperty("java.io.tmpdir") + "/cpm-pos");
    String stderrLevel = System.getProperty("cpmpos.stderr.level", "WARN");
    context.getLogger("id.cpmpos").setLevel(Level.INFO);
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.WARN);
    DeferredAppender appender = new DeferredAppender(() -> List.of(supportLog(context, dir),
        stderr(context, stderrLevel)));
    appender.setContext(context);
    appender.setName("SUPPORT");
    appender.start();
    root.addAppender(appender);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  private static Appender<ILoggingEvent> supportLog(LoggerContext context, String dir) {
    OwnerOnlyFileAppender<ILoggingEvent> file = new OwnerOnlyFileAppender<>();
    file.setFile(dir + "/cpm-pos.log");
    SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
    rolling.setContext(context);
    rolling.setParent(file);
    rolling.setFileNamePattern(dir + "/cpm-pos.%d{yyyy-MM-dd}.%i.log");
    rolling.setMaxFileSize(FileSize.valueOf("10MB"));
    rolling.setMaxHistory(30);
    rolling.setTotalSizeCap(FileSize.valueOf("300MB"));
    rolling.start();
    file.setRollingPolicy(rolling);
    return started(context, file, "FILE", FILE_PATTERN);
  }

  private static Appender<ILoggingEvent> stderr(LoggerContext context, String level) {
    ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
    stderr.setTarget("System.err");
    ThresholdFilter threshold = new ThresholdFilter();
    threshold.setLevel(level);
    threshold.start();
    stderr.addFilter(threshold);
    return started(context, stderr, "STDERR", STDERR_PATTERN);
  }

  /** What both appenders end with: their name, every line through the mask, started. */
  private static Appender<ILoggingEvent> started(LoggerContext context,
      OutputStreamAppender<ILoggingEvent> appender,
      String name, String pattern) {
    appender.setContext(context);
    appender.setName(name);
    appender.setEncoder(masked(context, pattern));
    appender.start();
    return appender;
  }

  private static LayoutWrappingEncoder<ILoggingEvent> masked(LoggerContext context,
      String pattern) {
    MaskingLayout layout = new MaskingLayout();
    layout.setContext(context);
    layout.setPattern(pattern);
    layout.start();
    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setContext(context);
    encoder.setLayout(layout);
    encoder.start();
    return encoder;
  }
}
