package id.cpmpos.journal;

import java.util.Optional;

/** The supervisor PIN's stored hash (audited) and the wrong PINs entered, for the lock-out. */
public final class SupervisorStore {
  /** Wrong PINs entered since a time, and when the newest was entered (0 if none). */
  public record PinFailures(long count, long newestMillis) {}

  private final JournalCore core;

  SupervisorStore(JournalCore core) {
    this.core = core;
  }

  /** Wrong supervisor PINs entered since {@code sinceMillis}. */
  public PinFailures failuresSince(long sinceMillis) {
    return core.read("cannot read wrong PINs", () -> core.queryOne(
        "SELECT COUNT(*), COALESCE(MAX(at_ms), 0) FROM pin_failures WHERE at_ms >= ?",
        rs -> new PinFailures(rs.getLong(1), rs.getLong(2)), sinceMillis).orElseThrow());
  }

  public void recordFailure(long atMillis) {
    core.write("cannot record a wrong PIN",
        () -> core.update("INSERT INTO pin_failures (at_ms) VALUES (?)", atMillis));
  }

  public void clearFailures() {
    core.write("cannot clear wrong PINs", () -> core.update("DELETE FROM pin_failures"));
  }

  /** The supervisor PIN's stored hash, if one was set. */
  public Optional<String> pinHash() {
    return core.read("cannot read the supervisor PIN",
        () -> core.queryOne("SELECT hash FROM supervisor_pin WHERE id = 1", rs -> rs.getString(1)));
  }

  /**
   * Sets the PIN hash if the stored one is still {@code expected} (null: none set yet). False when
   * someone else changed it meanwhile.
   */
  public boolean replacePinHash(String expected, String hash) {
    String now = core.now();
    String what = "cannot store the supervisor PIN";
    return expected == null
        ? core.auditedUpdate(what, AuditedTable.SUPERVISOR_PIN, "1", "INSERT", now,
            "INSERT INTO supervisor_pin (id, hash, updated_at) VALUES (1, ?, ?) ON CONFLICT(id) DO NOTHING",
            hash, now)
        : core.auditedUpdate(what, AuditedTable.SUPERVISOR_PIN, "1", "UPDATE", now,
            "UPDATE supervisor_pin SET hash = ?, updated_at = ? WHERE id = 1 AND hash = ?", hash,
            now, expected);
  }
}
