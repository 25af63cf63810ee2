package id.cpmpos.terminal;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.random.RandomGenerator;

/**
 * Makes {@code partnerReferenceNo} values: our idempotency key towards the provider, persisted
 * before the first attempt. Time to the millisecond, the terminal, and random digits: unique across
 * terminals of one merchant without coordination.
 */
public final class ReferenceNumbers {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");
  private final Clock clock;
  private final ZoneId zone;
  private final String terminalId;
  private final RandomGenerator random;

  /** @param random the random digits' source ({@link java.security.SecureRandom} in a terminal) */
  public ReferenceNumbers(Clock clock, ZoneId zone, String terminalId, RandomGenerator random) {
    this.clock = clock;
    this.zone = zone;
    this.terminalId = terminalId.replaceAll("[^A-Za-z0-9]", "");
    this.random = random;
  }

  public String next(String kind) {
    String t = terminalId.length() > 16
        ? terminalId.substring(terminalId.length() - 16)
        : terminalId;
    return kind + STAMP.format(clock.instant().atZone(zone)) + t
        + String.format("%06d", random.nextInt(1_000_000));
  }
}
