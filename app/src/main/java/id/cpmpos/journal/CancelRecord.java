package id.cpmpos.journal;

import java.time.OffsetDateTime;

/** A cancel of one payment; {@code requestedBy} says whether a supervisor asked or the terminal did. */
public record CancelRecord(
    String partnerReferenceNo,
    String reason,
    Requester requestedBy,
    ActionState state,
    String responseCode,
    String responseMessage,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  public enum Requester {
    /** A supervisor reversed the sale. */
    SUPERVISOR,
    /** The cashier gave up on a payment whose outcome was unknown: reverse it if it went through. */
    ABANDONED
  }
}
