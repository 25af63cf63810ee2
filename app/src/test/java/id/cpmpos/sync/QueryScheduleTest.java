package id.cpmpos.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** When a payment whose outcome is unknown is queried again: on a given clock, no sleeps. */
class QueryScheduleTest {
  static final Instant MADE = Instant.parse("2026-11-25T03:00:00Z");
  final QuerySchedule schedule = new QuerySchedule(Duration.ofMinutes(3), Duration.ofMinutes(5),
      new Random(3));

  @Test
  void whileTheCustomerIsAtTheCounterEveryTwoToThreeSeconds() {
    Instant now = MADE;
    int queries = 0;
    while (now.isBefore(MADE.plus(QuerySchedule.AT_THE_COUNTER))) {
      Instant next = schedule.next(MADE, now);
      long gap = Duration.between(now, next).toMillis();
      assertTrue(gap >= 2_000 && gap <= 3_000,
          "gap " + gap + " ms at " + Duration.between(MADE, now));
      now = next;
      queries++;
    }
    assertTrue(queries >= 20 && queries <= 30, queries + " queries in the first minute");
  }

  @Test
  void afterTheFirstMinuteItBacksOffButAsksExactlyWhenTheOutcomeBecomesCertain() {
    Instant now = MADE.plus(QuerySchedule.AT_THE_COUNTER);
    Instant certain = MADE.plus(Duration.ofMinutes(3));
    long previousGap = 0;
    int queries = 0;
    while (now.isBefore(certain)) {
      Instant next = schedule.next(MADE, now);
      long gap = Duration.between(now, next).toMillis();
      assertTrue(gap >= 2_500, "backed off: " + gap + " ms");
      assertTrue(!next.isAfter(certain), "never past the moment of certainty: " + next);
      now = next;
      queries++;
      previousGap = gap;
    }
    assertEquals(certain, now, "a query is due exactly when the countdown ends");
    assertTrue(queries <= 12, queries + " queries between the first and the third minute");
    assertTrue(previousGap > 0);
  }

  @Test
  void longAfterwardsTheGapGrowsToTheCeiling() {
    Instant tenMinutes = MADE.plus(Duration.ofMinutes(10));
    long gap = Duration.between(tenMinutes, schedule.next(MADE, tenMinutes)).toSeconds();
    assertTrue(gap >= 75 && gap <= 150, "a quarter of the age, jittered: " + gap);
    Instant anHour = MADE.plus(Duration.ofHours(1));
    assertTrue(Duration.between(anHour, schedule.next(MADE, anHour)).toSeconds() <= 300,
        "at most the ceiling");
  }
}
