package id.cpmpos.terminal;

import id.cpmpos.journal.Journal;
import id.cpmpos.snap.ExternalIdSource;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.zip.CRC32;

/**
 * X-EXTERNAL-ID from persisted state: day (8) + terminal (10, from a CRC of its id, so terminals of
 * one partner do not collide) + the journal's daily sequence (12). 30 digits, unique per partner per
 * day and across restarts.
 */
public final class JournalExternalIds implements ExternalIdSource {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
  private final Journal journal;
  private final Clock clock;
  private final ZoneId zone;
  private final String terminalDigits;

  public JournalExternalIds(Journal journal, Clock clock, ZoneId zone, String terminalId) {
    this.journal = journal;
    this.clock = clock;
    this.zone = zone;
    CRC32 crc = new CRC32();
    crc.update(terminalId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    this.terminalDigits = String.format("%010d", crc.getValue());
  }

  @Override
  public String next() {
    String day = DAY.format(clock.instant().atZone(zone));
    return day + terminalDigits + String.format("%012d", journal.nextSequence(day));
  }
}
