package id.cpmpos;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;

/**
 * The logging set-up, in code: logback reading an XML file took a sixth of every CLI command's start
 * (its XML parser and configuration model load hundreds of classes). Found by logback through
 * {@code META-INF/services}; {@code -Dlogback.configurationFile=FILE} still wins.
 *
 * <p>The support log: INFO for the terminal (references, amounts, codes, QR hashes; never secrets or
 * raw QR content), rolled by size and day under {@code cpmpos.log.dir} (the launcher points it at the
 * per-user data directory; tests into target/). stderr: warnings only ({@code cpmpos.stderr.level}),
 * so stdout and stderr stay readable for scripts (with --json, stdout is JSON alone).
 */
public final class LoggingConfigurator extends ContextAwareBase implements Configurator {
  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty("logback.configurationFile") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    String dir = System.getProperty("cpmpos.log.dir", System.getProperty("java.io.tmpdir") + "/cpm-pos");

    RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
    file.setContext(context);
    file.setName("FILE");
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
    file.setEncoder(encoder(context, "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{30} - %msg%n"));
    file.start();

    ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
    stderr.setContext(context);
    stderr.setName("STDERR");
    stderr.setTarget("System.err");
    ThresholdFilter threshold = new ThresholdFilter();
    threshold.setLevel(System.getProperty("cpmpos.stderr.level", "WARN"));
    threshold.start();
    stderr.addFilter(threshold);
    stderr.setEncoder(encoder(context, "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n"));
    stderr.start();

    context.getLogger("id.cpmpos").setLevel(Level.INFO);
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.WARN);
    root.addAppender(file);
    root.addAppender(stderr);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(pattern);
    encoder.start();
    return encoder;
  }
}
