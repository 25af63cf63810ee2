package id.cpmpos.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes committed together: all or none, one commit, and a full disk named as one. */
class JournalTogetherTest {
  @TempDir Path dir;

  @Test
  void aCallsRecordAndTheAnswerCommitAsOne() {
    try (Journal j = Journal.open(dir.resolve("j.db"), Clock.systemUTC(),
        ZoneId.of("Asia/Jakarta"))) {
      j.payments().recordIntent("P1", new BigDecimal("1.00"), "IDR", "h", "T", false);
      long before = j.commits();
      j.together("the answer to P1", () -> {
        j.calls().record("P1", "PAYMENT", null, "ANSWERED", 200, "2006000", "ok");
        j.payments().transition("P1", PaymentState.SENDING, PaymentState.APPROVED, "R", "2006000",
            "ok");
      });
      assertEquals(1, j.commits() - before);
      assertEquals(PaymentState.APPROVED, j.payments().find("P1").orElseThrow().state());
      assertEquals(1, j.calls().of("P1").size());
    }
  }

  @Test
  void onAFullDiskNeitherIsWrittenTheProblemIsDiskFullAndTheJournalGoesOnOnceThereIsSpace()
      throws Exception {
    Path f = dir.resolve("j.db");
    try (Journal j = Journal.open(f, Clock.systemUTC(), ZoneId.of("Asia/Jakarta"))) {
      j.payments().recordIntent("P1", new BigDecimal("1.00"), "IDR", "h", "T", false);
      JournalFaults.fillDisk(j, f);
      Runnable answer = () -> {
        j.calls().record("P1", "PAYMENT", null, "ANSWERED", 200, "2006000", "ok");
        j.payments().transition("P1", PaymentState.SENDING, PaymentState.APPROVED, "R", "2006000",
            "ok");
      };
      JournalException full = assertThrows(JournalException.class,
          () -> j.together("the answer to P1", answer));
      // SQLite rolls a transaction back itself on SQLITE_FULL; closing it again must not hide why.
      assertEquals(JournalException.Problem.DISK_FULL, full.problem(), full.toString());
      assertEquals(PaymentState.SENDING, j.payments().find("P1").orElseThrow().state());
      assertEquals(0, j.calls().of("P1").size());

      JournalFaults.freeDisk(j);
      j.together("the answer to P1", answer);
      assertEquals(PaymentState.APPROVED, j.payments().find("P1").orElseThrow().state());
      assertEquals(1, j.calls().of("P1").size());
      assertTrue(j.verify().intact());
    }
  }
}
