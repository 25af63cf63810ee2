package id.cpmpos.terminal;

import id.cpmpos.snap.ExternalIdSource;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.random.RandomGenerator;
import java.util.zip.CRC32;

/**
 * X-EXTERNAL-ID, which the provider refuses to see twice in a day from one partner (409xx00). 36
 * digits, made without the journal: a new or replaced journal, a reinstall or a second process of
 * the same terminal must never repeat one (a counter kept in the journal did, on the day a journal
 * was replaced). Day (8) + terminal (10, a CRC of its id: terminals of one partner differ) +
 * millisecond of the day (8) + a counter within that millisecond (2) + random (8). Within a process
 * the time part never goes back (a clock stepped back by NTP reuses the last one with the counter);
 * between processes, restarts and journals the random part separates ids of the same millisecond.
 */
public final class ExternalIds implements ExternalIdSource {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final int PER_MILLISECOND = 100;
  private static final long RANDOM_BOUND = 100_000_000L;

  private final Clock clock;
  private final ZoneId zone;
  private final String terminalDigits;
  private final RandomGenerator random;
  private long lastMillis = Long.MIN_VALUE;
  private int counter;

  public ExternalIds(Clock clock, ZoneId zone, String terminalId) {
    this(clock, zone, terminalId, new SecureRandom());
  }

  ExternalIds(Clock clock, ZoneId zone, String terminalId, RandomGenerator random) {
    this.clock = clock;
    this.zone = zone;
    this.random = random;
    CRC32 crc = new CRC32();
    crc.update(terminalId.getBytes(StandardCharsets.UTF_8));
    this.terminalDigits = String.format("%010d", crc.getValue());
  }

  @Override
  public String next() {
    long millis;
    int n;
    synchronized (this) {
      long now = clock.millis();
      if (now > lastMillis) {
        lastMillis = now;
        counter = 0;
      } else if (++counter == PER_MILLISECOND) {
        lastMillis++; // a hundred ids in one millisecond: borrow the next one
        counter = 0;
      }
      millis = lastMillis;
      n = counter;
    }
    ZonedDateTime at = Instant.ofEpochMilli(millis).atZone(zone);
    long ofDay = millis - LocalDate.from(at).atStartOfDay(zone).toInstant().toEpochMilli();
    return DAY.format(at) + terminalDigits
        + String.format("%08d%02d%08d", ofDay, n, random.nextLong(RANDOM_BOUND));
  }
}
