package id.cpmpos.journal;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a cancel or a refund stands. Unlike a payment, these may wait: a QR is one-time, but a
 * reversal can be sent whenever the provider is reachable again, always with the same references.
 */
public enum ActionState implements RowState<ActionState> {
  /** Intent committed, not sent yet (or nothing reached the provider): the sync worker sends it. */
  QUEUED,
  /** Being sent now. After a crash: send again, with the same references (the provider dedupes). */
  SENDING,
  /** Sent; the answer was lost. Send again with the same references. */
  UNKNOWN,
  /** Final: the provider did it. */
  SUCCEEDED,
  /** Final: the provider refused it. */
  REJECTED;

  public boolean isFinal() {
    return this == SUCCEEDED || this == REJECTED;
  }

  @Override
  public boolean canMoveTo(ActionState next) {
    return next != this && allowedNext().contains(next);
  }

  private Set<ActionState> allowedNext() {
    return switch (this) {
      case QUEUED, UNKNOWN -> EnumSet.of(SENDING, SUCCEEDED, REJECTED);
      case SENDING -> EnumSet.of(QUEUED, UNKNOWN, SUCCEEDED, REJECTED);
      case SUCCEEDED, REJECTED -> EnumSet.noneOf(ActionState.class);
    };
  }
}
