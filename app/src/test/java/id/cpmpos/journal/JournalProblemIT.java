package id.cpmpos.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal names why it failed, from what SQLite itself reported: each cause has its own words. An
 * integration test: a real second connection holds the write lock until the journal's busy timeout (5 s) runs out.
 */
class JournalProblemIT {
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  @TempDir Path dir;

  void write(Journal journal, String ref) {
    journal.calls().record(ref, "PAYMENT", null, "ANSWERED", 200, "2006000", "Successful");
  }

  @Test
  void anotherProcessHoldingTheWriteLockIsBusy() throws Exception {
    Path file = dir.resolve("journal.db");
    try (Journal journal = Journal.open(file, Clock.systemUTC(), JAKARTA);
        JournalFaults.WriteLock lock = JournalFaults.holdWriteLock(file)) {
      assertEquals(JournalException.Problem.BUSY,
          assertThrows(JournalException.class, () -> write(journal, "P1")).problem());
    }
  }

  @Test
  void aJournalThatCannotGrowIsADiskFull() throws Exception {
    Path file = dir.resolve("journal.db");
    try (Journal journal = Journal.open(file, Clock.systemUTC(), JAKARTA)) {
      JournalFaults.fillDisk(journal, file);
      assertEquals(JournalException.Problem.DISK_FULL,
          assertThrows(JournalException.class, () -> write(journal, "P1")).problem());
      JournalFaults.freeDisk(journal);
      write(journal, "P1");
    }
  }

  @Test
  void anAuditedChangeOnAFullDiskIsADiskFullAndLaterChangesStayAtomic() throws Exception {
    Path file = dir.resolve("journal.db");
    try (Journal journal = Journal.open(file, Clock.systemUTC(), JAKARTA)) {
      JournalFaults.fillDisk(journal, file);
      // Other tables' pages may still hold a few rows: write until the journal must grow.
      JournalException e = assertThrows(JournalException.class, () -> {
        for (int i = 0; i < 10_000; i++) {
          journal.payments().recordIntent("F" + i, BigDecimal.TEN, "IDR", "f" + i, "T1", false);
        }
      });
      assertEquals(JournalException.Problem.DISK_FULL, e.problem(), e.toString());
      JournalFaults.freeDisk(journal);

      // SQLite ended the failed transaction itself; the next change must still commit with its
      // audit entry or not at all. (The trigger goes in on the journal's own connection.)
      onJournalsConnection(journal, "CREATE TRIGGER audit_fails BEFORE INSERT ON audit_log"
          + " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
      assertThrows(JournalException.class,
          () -> journal.payments().recordIntent("P1", BigDecimal.TEN, "IDR", "h1", "T1", false));
      assertTrue(journal.payments().find("P1").isEmpty(),
          "the intent was not committed without its entry");
      onJournalsConnection(journal, "DROP TRIGGER audit_fails");
      journal.payments().recordIntent("P1", BigDecimal.TEN, "IDR", "h1", "T1", false);
      assertTrue(journal.verify().intact());
    }
  }

  private static void onJournalsConnection(Journal journal, String sql) {
    journal.withConnection("test edit", c -> {
      try (var s = c.createStatement()) {
        return s.execute(sql);
      }
    });
  }

  @Test
  void aFileThatIsNotAJournalIsUnreadable() throws Exception {
    Path file = dir.resolve("journal.db");
    Files.write(file,
        "this is not a database, it is a shopping list: rice, eggs, sambal".repeat(100).getBytes());
    assertEquals(JournalException.Problem.UNREADABLE, assertThrows(JournalException.class,
        () -> Journal.open(file, Clock.systemUTC(), JAKARTA)).problem());
  }

  @Test
  void aRefusedIntentWritesNothing() throws Exception {
    Path file = dir.resolve("journal.db");
    try (Journal journal = Journal.open(file, Clock.systemUTC(), JAKARTA);
        JournalFaults.WriteLock lock = JournalFaults.holdWriteLock(file)) {
      assertThrows(JournalException.class,
          () -> journal.payments().recordIntent("P1", BigDecimal.TEN, "IDR", "h", "T1", false));
      assertEquals(0, journal.payments().recent(10).size());
    }
  }
}
