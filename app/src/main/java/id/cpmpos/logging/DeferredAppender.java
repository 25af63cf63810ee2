package id.cpmpos.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import java.util.List;
import java.util.function.Supplier;

/**
 * Builds its appenders when the first event reaches it and hands every event to them: a process
 * that logs nothing (most CLI commands) never loads the rolling file, its pattern layouts or the
 * console encoder, nor creates the log file. The appenders do their own locking.
 */
final class DeferredAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {
  private final Supplier<List<Appender<ILoggingEvent>>> build;
  private volatile List<Appender<ILoggingEvent>> appenders;

  DeferredAppender(Supplier<List<Appender<ILoggingEvent>>> build) {
    this.build = build;
  }

  @Override
  protected void append(ILoggingEvent event) {
    for (Appender<ILoggingEvent> a : appenders()) {
      a.doAppend(event);
    }
  }

  private List<Appender<ILoggingEvent>> appenders() {
    List<Appender<ILoggingEvent>> built = appenders;
    if (built == null) {
      synchronized (this) {
        built = appenders;
        if (built == null) {
          built = build.get();
          appenders = built;
        }
      }
    }
    return built;
  }

  /** The built appenders (empty before the first event): for tests and diagnostics. */
  List<Appender<ILoggingEvent>> built() {
    List<Appender<ILoggingEvent>> built = appenders;
    return built == null ? List.of() : built;
  }

  @Override
  public void stop() {
    synchronized (this) {
      if (appenders != null) {
        appenders.forEach(Appender::stop);
      }
    }
    super.stop();
  }
}
