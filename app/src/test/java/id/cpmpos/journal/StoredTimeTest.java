package id.cpmpos.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** The journal's own time texts read back to the same instant and offset as the general ISO parser gives. */
class StoredTimeTest {
  @Test
  void everyFormTheJournalWritesReadsAsOffsetDateTimeParseReadsIt() {
    for (String text : new String[]{"2026-07-20T10:15+07:00", "2026-07-20T10:15:30+07:00",
        "2026-07-20T10:15:30.120+07:00", "2026-12-31T23:59:59.999-03:30", "2026-01-01T00:00+00:00",
        "2026-07-20T10:15:30Z", "2026-07-20T10:15:30.123456+07:00", "+12026-07-20T10:15+07:00"}) {
      assertEquals(OffsetDateTime.parse(text), StoredTime.parse(text), text);
    }
    for (String zone : new String[]{"Asia/Jakarta", "Asia/Kolkata", "America/St_Johns", "UTC"}) {
      Instant start = Instant.parse("2026-03-01T00:00:00Z");
      for (long ms = 0; ms < 86_400_000L * 3; ms += 7_654_321L) {
        String written = OffsetDateTime.now(Clock.fixed(start.plusMillis(ms), ZoneId.of(zone)))
            .truncatedTo(ChronoUnit.MILLIS).toString();
        assertEquals(OffsetDateTime.parse(written), StoredTime.parse(written), written);
        assertEquals(written, StoredTime.parse(written).toString(),
            "the CSV prints it as it was written");
      }
    }
  }

  @Test
  void aTextThatIsNotATimeIsRefusedAsTheIsoParserRefusesIt() {
    for (String text : new String[]{"2026-02-30T10:15+07:00", "2026-07-20T25:15+07:00",
        "2026-07-2xT10:15+07:00",
        "2026-07-20T10:15+19:00", "2026-07-20 10:15+07:00", "", "2026-07-20T10:15:3+07:00"}) {
      assertThrows(DateTimeParseException.class, () -> StoredTime.parse(text), text);
    }
  }
}
