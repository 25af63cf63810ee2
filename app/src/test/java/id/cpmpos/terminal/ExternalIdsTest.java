package id.cpmpos.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExternalIdsTest {
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T03:00:00Z"));

  @Test
  void thirtySixDigitsStartingWithTheDayInTheTerminalsZone() {
    String id = new ExternalIds(clock, JAKARTA, "T-0001").next();
    assertTrue(id.matches("\\d{36}"), id);
    assertTrue(id.startsWith("20261125"), id);
    clock.advance(Duration.ofHours(14)); // 17:00 UTC is past midnight in Jakarta
    assertTrue(new ExternalIds(clock, JAKARTA, "T-0001").next().startsWith("20261126"));
  }

  @Test
  void neverRepeatsInOneProcessEvenOnAStoppedOrSteppedBackClock() {
    // The same random digits every time: uniqueness must come from the time and counter parts.
    ExternalIds ids = new ExternalIds(clock, JAKARTA, "T-0001", new Random(1) {
      @Override
      public long nextLong(long bound) {
        return 7;
      }
    });
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      assertTrue(seen.add(ids.next()), "repeated at " + i);
    }
    clock.advance(Duration.ofSeconds(-5)); // NTP stepped the clock back
    for (int i = 0; i < 1000; i++) {
      assertTrue(seen.add(ids.next()), "repeated after the step back at " + i);
    }
  }

  @Test
  void twoJournalsOrProcessesOfOneTerminalInTheSameMillisecondDiffer() {
    // Nothing shared between them: a fresh journal and a second process start from the same state.
    ExternalIds a = new ExternalIds(clock, JAKARTA, "T-0001");
    ExternalIds b = new ExternalIds(clock, JAKARTA, "T-0001");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      assertTrue(seen.add(a.next()));
      assertTrue(seen.add(b.next()));
    }
    String x = new ExternalIds(clock, JAKARTA, "T-0001").next();
    String y = new ExternalIds(clock, JAKARTA, "T-0002").next();
    assertNotEquals(x.substring(8, 18), y.substring(8, 18),
        "terminals of one partner differ in their own digits");
    assertEquals(x.substring(18, 28), y.substring(18, 28),
        "the same millisecond, the same counter");
  }
}
