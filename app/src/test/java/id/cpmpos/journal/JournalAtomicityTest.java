package id.cpmpos.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A change and its audit entry commit together or not at all: on a failed append, and on a crash. */
class JournalAtomicityTest {
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), JAKARTA);

  @TempDir Path dir;

  @Test
  void whenTheAuditAppendFailsTheChangeIsRolledBack() throws Exception {
    Path file = dir.resolve("journal.db");
    try (Journal journal = Journal.open(file, CLOCK, JAKARTA)) {
      journal.payments().recordIntent("P1", new BigDecimal("10000.00"), "IDR", "h1", "T1", false);
    }
    // Stands in for a full disk or an I/O error that strikes after the row was written.
    HandEdits.jdbc(file, "CREATE TRIGGER audit_fails BEFORE INSERT ON audit_log"
        + " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");

    try (Journal journal = Journal.open(file, CLOCK, JAKARTA)) {
      assertThrows(JournalException.class,
          () -> journal.payments().recordIntent("P2", new BigDecimal("500.00"), "IDR", "h2", "T1", false));
      assertThrows(JournalException.class,
          () -> journal.payments().transition("P1", PaymentState.SENDING, PaymentState.APPROVED, "R1", "2006000", "ok"));
      assertThrows(JournalException.class, () -> journal.supervisor().replacePinHash(null, "pin-hash"));

      assertTrue(journal.payments().find("P2").isEmpty(), "the intent was not committed without its entry");
      assertEquals(PaymentState.SENDING, journal.payments().find("P1").orElseThrow().state());
    }
    HandEdits.jdbc(file, "DROP TRIGGER audit_fails");
    try (Journal journal = Journal.open(file, CLOCK, JAKARTA)) {
      assertTrue(journal.supervisor().pinHash().isEmpty(), "the failed PIN change was rolled back too");
      assertTrue(journal.supervisor().replacePinHash(null, "pin-hash"));
      AuditReport report = journal.verify();
      assertTrue(report.intact(), report.toString());
    }
  }

  @Test
  void aJournalKilledMidWritingVerifiesOnRestart() throws Exception {
    Path file = dir.resolve("journal.db");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), KeepsWriting.class.getName(), file.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    int committed = 0;
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      // Killed while it is still writing: it never stops by itself before 100000 payments.
      while (committed < 300 && out.readLine() != null) {
        committed++;
      }
    } finally {
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child ended");
    }
    assertEquals(300, committed, "the child wrote before it was killed");

    try (Journal journal = Journal.open(file, CLOCK, JAKARTA)) {
      AuditReport report = journal.verify();
      assertTrue(report.intact(), report.toString());
      assertTrue(report.entries() >= 2 * 300, "every committed change has its entry: " + report.entries());
    }
  }

  /** The child JVM: pays and settles until killed, printing a line after each committed payment. */
  public static final class KeepsWriting {
    public static void main(String[] args) {
      try (Journal journal = Journal.open(Path.of(args[0]), Clock.systemUTC(), JAKARTA)) {
        for (int i = 0; i < 100_000; i++) {
          String ref = "P" + i;
          journal.payments().recordIntent(ref, new BigDecimal("10000.00"), "IDR", "h" + i, "T1", false);
          journal.payments().transition(ref, PaymentState.SENDING, PaymentState.UNKNOWN, null, null, "read timed out");
          System.out.println(ref);
          System.out.flush();
        }
      }
    }
  }
}
