package id.cpmpos.notify;

import id.cpmpos.journal.Journal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Remembers which notify X-EXTERNAL-IDs were accepted on which day, so a replay is a conflict. The
 * journal-backed guard remembers across restarts: a notify captured yesterday evening and replayed
 * after this morning's restart is still refused.
 */
public interface ReplayGuard {
  boolean used(LocalDate day, String externalId);

  /** False when the id was claimed before (a concurrent duplicate). */
  boolean claim(LocalDate day, String externalId);

  static ReplayGuard inJournal(Journal journal) {
    DateTimeFormatter f = DateTimeFormatter.BASIC_ISO_DATE;
    return new ReplayGuard() {
      @Override
      public boolean used(LocalDate day, String externalId) {
        return journal.notifyIds().used(day.format(f), externalId);
      }

      @Override
      public boolean claim(LocalDate day, String externalId) {
        return journal.notifyIds().claim(day.format(f), externalId, day.minusDays(1).format(f));
      }
    };
  }
}
