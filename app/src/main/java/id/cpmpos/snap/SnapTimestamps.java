package id.cpmpos.snap;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** SNAP's X-TIMESTAMP and ISO-8601 fields: {@code yyyy-MM-dd'T'HH:mm:ssXXX} in the configured zone. */
public final class SnapTimestamps {
  public static final DateTimeFormatter FORMAT = DateTimeFormatter
      .ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  private SnapTimestamps() {}

  public static String now(Clock clock, ZoneId zone) {
    return format(OffsetDateTime.now(clock.withZone(zone)));
  }

  public static String format(OffsetDateTime time) {
    return FORMAT.format(time);
  }
}
