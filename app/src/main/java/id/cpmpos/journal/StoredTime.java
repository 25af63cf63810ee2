package id.cpmpos.journal;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads the times the journal stores. The journal writes every time as {@code OffsetDateTime}'s own
 * text, to the millisecond ({@code 2026-07-20T10:15:30.123+07:00}, seconds and fraction left out when
 * zero); those are read field by field here, which is several times cheaper than
 * {@link OffsetDateTime#parse}'s general ISO parser (a day's CSV reads two per payment, thousands on a
 * busy day). Anything else (a {@code Z} offset, a time written by another tool) goes to that parser.
 */
final class StoredTime {
  private StoredTime() {}

  static OffsetDateTime parse(String text) {
    try {
      OffsetDateTime t = canonical(text);
      if (t != null) {
        return t;
      }
    } catch (DateTimeException outOfRange) {
      // e.g. a 31st of February: the general parser says so in its own words
    }
    return OffsetDateTime.parse(text);
  }

  /** {@code yyyy-MM-ddTHH:mm[:ss[.SSS]]±HH:MM}, or null when the text has another form. */
  private static OffsetDateTime canonical(String s) {
    int n = s.length();
    int timeLength = n - 17; // after "yyyy-MM-ddT", before "±HH:MM"
    if ((timeLength != 5 && timeLength != 8 && timeLength != 12) || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(n - 3) != ':') {
      return null;
    }
    char sign = s.charAt(n - 6);
    if (sign != '+' && sign != '-') {
      return null;
    }
    int second = 0;
    int milli = 0;
    if (timeLength >= 8) {
      if (s.charAt(16) != ':') {
        return null;
      }
      second = digits(s, 17, 19);
      if (timeLength == 12) {
        if (s.charAt(19) != '.') {
          return null;
        }
        milli = digits(s, 20, 23);
      }
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    int hour = digits(s, 11, 13);
    int minute = digits(s, 14, 16);
    int offsetHours = digits(s, n - 5, n - 3);
    int offsetMinutes = digits(s, n - 2, n);
    if ((year | month | day | hour | minute | second | milli | offsetHours | offsetMinutes) < 0) {
      return null;
    }
    int offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (sign == '-' ? -1 : 1);
    // of(...) checks every field's range, as parse does.
    return OffsetDateTime.of(year, month, day, hour, minute, second, milli * 1_000_000,
        ZoneOffset.ofTotalSeconds(offsetSeconds));
  }

  /** The decimal number in {@code [from, to)}, or -1 if any of it is not a digit. */
  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      int d = s.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }
}
