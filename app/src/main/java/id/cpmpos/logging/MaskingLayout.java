package id.cpmpos.logging;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** The usual pattern layout, with every formatted line (stack traces included) passed through {@link LogMask}. */
public final class MaskingLayout extends PatternLayout {
  @Override
  public String doLayout(ILoggingEvent event) {
    return LogMask.mask(super.doLayout(event));
  }
}
