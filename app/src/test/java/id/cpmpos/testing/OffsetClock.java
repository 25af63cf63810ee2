package id.cpmpos.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The real time plus what the test added: the terminal keeps working against a sandbox on the real
 * clock, while the test adds the gaps between a replayed scanner's keys.
 */
public final class OffsetClock extends Clock {
  private final AtomicLong offsetNanos = new AtomicLong();

  public void advance(Duration d) {
    offsetNanos.addAndGet(d.toNanos());
  }

  @Override
  public Instant instant() {
    return Instant.now().plusNanos(offsetNanos.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(instant(), zone);
  }
}
