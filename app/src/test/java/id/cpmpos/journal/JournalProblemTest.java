package id.cpmpos.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal names why it failed, from what SQLite itself reported: each cause has its own words. */
class JournalProblemTest {
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
  void aFileThatIsNotAJournalIsUnreadable() throws Exception {
    Path file = dir.resolve("journal.db");
    Files.write(file, "this is not a database, it is a shopping list: rice, eggs, sambal".repeat(100).getBytes());
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
