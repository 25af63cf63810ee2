package id.cpmpos.notify;

import id.cpmpos.snap.NotifyRequest;

/** Applies a verified notify to the journal. */
@FunctionalInterface
public interface NotifyApplier {
  enum Result {
    APPLIED, UNCHANGED, UNKNOWN_TRANSACTION
  }

  Result apply(NotifyRequest notify);
}
