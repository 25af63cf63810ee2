package id.cpmpos.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change and its audit entry commit together on a crash: a second JVM writes until it is killed.
 * An integration test (it starts a process), so it runs in {@code verify}, not in the unit lane.
 */
class JournalKilledIT {
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final Clock CLOCK = JournalAtomicityTest.CLOCK;

  @TempDir Path dir;

  @Test
  void aJournalKilledMidWritingVerifiesOnRestart() throws Exception {
    Path file = dir.resolve("journal.db");
    Process child = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
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
      assertTrue(report.entries() >= 2 * 300,
          "every committed change has its entry: " + report.entries());
    }
  }

  /** The child JVM: pays and settles until killed, printing a line after each committed payment. */
  public static final class KeepsWriting {
    public static void main(String[] args) {
      try (Journal journal = Journal.open(Path.of(args[0]), Clock.systemUTC(), JAKARTA)) {
        for (int i = 0; i < 100_000; i++) {
          String ref = "P" + i;
          journal.payments().recordIntent(ref, new BigDecimal("10000.00"), "IDR", "h" + i, "T1",
              false);
          journal.payments().transition(ref, PaymentState.SENDING, PaymentState.UNKNOWN, null, null,
              "read timed out");
          System.out.println(ref);
          System.out.flush();
        }
      }
    }
  }
}
