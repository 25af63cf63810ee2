package id.cpmpos.journal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the journal's audit log in order for replication, and keeps the replication's high-water
 * mark ({@code chain_marks}, V8). It has its own SQLite connection to the journal file: in WAL mode
 * its reads never wait for, nor hold up, the terminal's writes, and it never takes the
 * {@link Journal}'s lock, so replication cannot slow a payment. The journal must have been opened
 * (and so migrated) by {@link Journal#open} first.
 */
public final class AuditFeed implements AutoCloseable {
  private final Connection connection;
  private final Clock clock;
  private final ZoneId zone;

  private AuditFeed(Connection connection, Clock clock, ZoneId zone) {
    this.connection = connection;
    this.clock = clock;
    this.zone = zone;
  }

  public static AuditFeed open(Path journalFile, Clock clock, ZoneId zone) {
    try {
      return new AuditFeed(JournalCore.connect(journalFile, "busy_timeout=5000", "synchronous=FULL"), clock, zone);
    } catch (SQLException e) {
      throw new JournalException("cannot open the journal at " + journalFile + " for replication: " + e.getMessage(), e);
    }
  }

  /** At most {@code limit} entries after {@code seq}, in order. */
  public synchronized List<AuditEntry> after(long seq, int limit) {
    try (PreparedStatement ps = connection.prepareStatement("SELECT seq, at, entity, entity_key, action, snapshot,"
        + " prev_hash, hash FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?")) {
      ps.setLong(1, seq);
      ps.setInt(2, limit);
      List<AuditEntry> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new AuditEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6), rs.getString(7), rs.getString(8)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new JournalException("cannot read the audit log: " + e.getMessage(), e);
    }
  }

  /** The last entry's number (0 when the log is empty). */
  public synchronized long headSeq() {
    return single("SELECT COALESCE(MAX(seq), 0) FROM audit_log");
  }

  /** The replication mark {@code name}: the last entry the ledger confirmed (0: none yet). */
  public synchronized long mark(String name) {
    try (PreparedStatement ps = connection.prepareStatement("SELECT seq FROM chain_marks WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw new JournalException("cannot read the chain mark: " + e.getMessage(), e);
    }
  }

  /** Moves the mark forward to {@code seq}; never back (two pushers racing cannot lower it). */
  public synchronized void advance(String name, long seq) {
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO chain_marks (name, seq, at) VALUES (?,?,?)"
        + " ON CONFLICT(name) DO UPDATE SET seq = excluded.seq, at = excluded.at WHERE excluded.seq > chain_marks.seq")) {
      ps.setString(1, name);
      ps.setLong(2, seq);
      ps.setString(3, OffsetDateTime.now(clock.withZone(zone)).toString());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new JournalException("cannot write the chain mark: " + e.getMessage(), e);
    }
  }

  /** Partner references of the payments whose outcome is not known yet (SENDING, UNKNOWN). */
  public synchronized List<String> unsettledPayments() {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT partner_reference_no FROM payments WHERE state IN "
            + SqlStates.in(PaymentState.SENDING, PaymentState.UNKNOWN)
            + " ORDER BY id")) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    } catch (SQLException e) {
      throw new JournalException("cannot list unsettled payments: " + e.getMessage(), e);
    }
  }

  private long single(String sql) {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      throw new JournalException("cannot read the journal: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new JournalException("cannot close the journal's replication reader", e);
    }
  }
}
