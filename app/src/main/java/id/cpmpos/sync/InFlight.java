package id.cpmpos.sync;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The payments, cancels and refunds this process is sending right now. A SENDING row that is not
 * here was left by a process that stopped mid-call: only then may the sync worker take it over.
 */
public final class InFlight {
  private final Set<String> keys = ConcurrentHashMap.newKeySet();

  /** False when someone in this process already works on it. */
  public boolean begin(String key) {
    return keys.add(key);
  }

  public void end(String key) {
    keys.remove(key);
  }

  public boolean contains(String key) {
    return keys.contains(key);
  }
}
