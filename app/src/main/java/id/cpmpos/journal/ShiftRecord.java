package id.cpmpos.journal;

import java.time.OffsetDateTime;

/** A cashier's shift at the counter; {@code closedAt} null while it is open. */
public record ShiftRecord(long id, String cashier, OffsetDateTime openedAt,
    OffsetDateTime closedAt) {
  public boolean isOpen() {
    return closedAt == null;
  }
}
