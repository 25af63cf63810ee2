package id.cpmpos.sync;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The payments, cancels and refunds this process is sending right now. A SENDING row that is not
 * here was left by a process that stopped mid-call: only then may the sync worker take it over.
 */
public final class InFlight {
  /** What is being sent: a payment (or its query: both carry the payment's reference), a cancel, a refund. */
  public enum Work { PAYMENT, CANCEL, REFUND }

  private record Key(Work work, String reference) {}

  private final Set<Key> keys = ConcurrentHashMap.newKeySet();

  /** False when someone in this process already works on it. */
  public boolean begin(Work work, String reference) {
    return keys.add(new Key(work, reference));
  }

  public void end(Work work, String reference) {
    keys.remove(new Key(work, reference));
  }
}
