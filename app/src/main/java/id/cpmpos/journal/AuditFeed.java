package id.cpmpos.journal;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * Reads the journal's audit log in order for replication, and keeps the replication's high-water
 * mark ({@code chain_marks}, V8). It has its own SQLite connection to the journal file: in WAL mode
 * its reads never wait for, nor hold up, the terminal's writes, and it never takes the
 * {@link Journal}'s lock, so replication cannot slow a payment. The journal must have been opened
 * (and so migrated) by {@link Journal#open} first.
 */
public final class AuditFeed implements AutoCloseable {
  private final JournalCore core;

  private AuditFeed(JournalCore core) {
    this.core = core;
  }

  public static AuditFeed open(Path journalFile, Clock clock, ZoneId zone) {
    try {
      return new AuditFeed(
          new JournalCore(JournalCore.connect(journalFile, "busy_timeout=5000", "synchronous=FULL"),
              clock, zone));
    } catch (SQLException e) {
      throw new JournalException(
          "cannot open the journal at " + journalFile + " for replication: " + e.getMessage(), e);
    }
  }

  /** At most {@code limit} entries after {@code seq}, in order. */
  public List<AuditEntry> after(long seq, int limit) {
    return core.read("cannot read the audit log",
        () -> core.queryAll("SELECT seq, at, entity, entity_key, action,"
            + " snapshot, prev_hash, hash FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?",
            rs -> new AuditEntry(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6),
                rs.getString(7), rs.getString(8)),
            seq, limit));
  }

  /** The last entry's number (0 when the log is empty). */
  public long headSeq() {
    return core.read("cannot read the journal",
        () -> core.queryOne("SELECT COALESCE(MAX(seq), 0) FROM audit_log",
            rs -> rs.getLong(1)).orElse(0L));
  }

  /** The replication mark {@code name}: the last entry the ledger confirmed (0: none yet). */
  public long mark(String name) {
    return core.read("cannot read the chain mark",
        () -> core.queryOne("SELECT seq FROM chain_marks WHERE name = ?",
            rs -> rs.getLong(1), name).orElse(0L));
  }

  /** Moves the mark forward to {@code seq}; never back (two pushers racing cannot lower it). */
  public void advance(String name, long seq) {
    core.single("cannot write the chain mark",
        "INSERT INTO chain_marks (name, seq, at) VALUES (?,?,?)"
            + " ON CONFLICT(name) DO UPDATE SET seq = excluded.seq, at = excluded.at WHERE excluded.seq > chain_marks.seq",
        name, seq, core.now());
  }

  /** Partner references of the payments whose outcome is not known yet (SENDING, UNKNOWN). */
  public List<String> unsettledPayments() {
    return core.read("cannot list unsettled payments",
        () -> core.queryAll("SELECT partner_reference_no FROM payments"
            + " WHERE state IN " + SqlStates.in(PaymentState.SENDING, PaymentState.UNKNOWN)
            + " ORDER BY id",
            rs -> rs.getString(1)));
  }

  @Override
  public void close() {
    try {
      core.close();
    } catch (SQLException e) {
      throw new JournalException("cannot close the journal's replication reader", e);
    }
  }
}
