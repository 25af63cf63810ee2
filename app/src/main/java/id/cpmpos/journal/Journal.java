package id.cpmpos.journal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The terminal's durable record of every payment. A row is committed before its request is sent
 * (write-ahead) and moved on only by legal state transitions, each a compare-and-set on the state
 * the caller saw. Commits are synchronous: a committed state survives a power cut. Every change is
 * appended to the hash-chained audit log in the same transaction ({@link #verify()} checks it).
 */
public final class Journal implements AutoCloseable {
  private final Connection connection;
  private final Clock clock;
  private final ZoneId zone;

  private Journal(Connection connection, Clock clock, ZoneId zone) {
    this.connection = connection;
    this.clock = clock;
    this.zone = zone;
  }

  public static Journal open(Path file, Clock clock, ZoneId zone) {
    try {
      createOwnerOnly(file);
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=FULL");
        s.execute("PRAGMA foreign_keys=ON");
        s.execute("PRAGMA busy_timeout=5000");
      }
      Journal journal = new Journal(c, clock, zone);
      Migrations.migrate(c, journal::now);
      return journal;
    } catch (SQLException | IOException e) {
      throw new JournalException("cannot open the journal at " + file + ": " + e.getMessage(), e);
    }
  }

  /** Creates the file readable by its owner only; SQLite gives its -wal and -shm files the same mode. */
  private static void createOwnerOnly(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try {
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
      }
    } catch (FileAlreadyExistsException ignored) {
      // an existing journal keeps the mode it has
    }
  }

  /** Write-ahead: commits the payment as SENDING. Fails if the reference was used before. */
  public synchronized void recordPaymentIntent(String partnerReferenceNo, BigDecimal amount, String currency,
      String qrHash, String terminalId, boolean training) {
    String now = now();
    try {
      inTransaction(() -> {
        insertPayment(partnerReferenceNo, amount, currency, qrHash, terminalId, training, now);
        audited(AuditedTable.PAYMENTS, partnerReferenceNo, "INSERT", now);
        return null;
      });
    } catch (SQLException e) {
      throw new JournalException("cannot record payment " + partnerReferenceNo + ": " + e.getMessage(), e);
    }
  }

  private void insertPayment(String partnerReferenceNo, BigDecimal amount, String currency, String qrHash,
      String terminalId, boolean training, String now) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT INTO payments (partner_reference_no, amount, currency, qr_hash, terminal_id, state, training,"
            + " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)")) {
      ps.setString(1, partnerReferenceNo);
      ps.setString(2, amount.toPlainString());
      ps.setString(3, currency);
      ps.setString(4, qrHash);
      ps.setString(5, terminalId);
      ps.setString(6, PaymentState.SENDING.name());
      ps.setInt(7, training ? 1 : 0);
      ps.setString(8, now);
      ps.setString(9, now);
      ps.executeUpdate();
    }
  }

  /**
   * Moves a payment from {@code from} to {@code to}, recording what the provider said. Returns false
   * when the row is no longer in {@code from} (someone else moved it first); throws on an illegal move.
   */
  public synchronized boolean transition(String partnerReferenceNo, PaymentState from, PaymentState to,
      String referenceNo, String responseCode, String responseMessage) {
    if (!from.canMoveTo(to)) {
      throw new JournalException("illegal payment transition " + from + " -> " + to + " for " + partnerReferenceNo);
    }
    String now = now();
    try {
      return inTransaction(() -> {
        boolean moved;
        try (PreparedStatement ps = connection.prepareStatement(
            "UPDATE payments SET state = ?, reference_no = COALESCE(?, reference_no), response_code = ?,"
                + " response_message = ?, updated_at = ? WHERE partner_reference_no = ? AND state = ?")) {
          ps.setString(1, to.name());
          ps.setString(2, referenceNo);
          ps.setString(3, responseCode);
          ps.setString(4, responseMessage);
          ps.setString(5, now);
          ps.setString(6, partnerReferenceNo);
          ps.setString(7, from.name());
          moved = ps.executeUpdate() == 1;
        }
        if (moved) {
          audited(AuditedTable.PAYMENTS, partnerReferenceNo, "UPDATE", now);
        }
        return moved;
      });
    } catch (SQLException e) {
      throw new JournalException("cannot update payment " + partnerReferenceNo + ": " + e.getMessage(), e);
    }
  }

  public synchronized Optional<PaymentRecord> payment(String partnerReferenceNo) {
    try (PreparedStatement ps = connection.prepareStatement(SELECT + " WHERE partner_reference_no = ?")) {
      ps.setString(1, partnerReferenceNo);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new JournalException("cannot read payment " + partnerReferenceNo, e);
    }
  }

  /** The most recent payments first. */
  public synchronized List<PaymentRecord> payments(int limit) {
    try (PreparedStatement ps = connection.prepareStatement(SELECT + " ORDER BY id DESC LIMIT ?")) {
      ps.setInt(1, limit);
      List<PaymentRecord> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new JournalException("cannot list payments", e);
    }
  }

  /** The next number of the day's sequence, committed before it is returned so a restart never reuses it. */
  public synchronized long nextSequence(String day) {
    try {
      return inTransaction(() -> {
        long last;
        try (PreparedStatement ps = connection.prepareStatement(
            "INSERT INTO external_id_sequence (day, last) VALUES (?, 1)"
                + " ON CONFLICT(day) DO UPDATE SET last = last + 1 RETURNING last")) {
          ps.setString(1, day);
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            last = rs.getLong(1);
          }
        }
        audited(AuditedTable.EXTERNAL_ID_SEQUENCE, day, last == 1 ? "INSERT" : "UPDATE", now());
        return last;
      });
    } catch (SQLException e) {
      throw new JournalException("cannot advance the external-id sequence", e);
    }
  }

  /**
   * Checks the audit log's hash chain and every audited row against its latest entry (see
   * {@link AuditReport}). Reads one consistent snapshot; writes nothing.
   */
  public synchronized AuditReport verify() {
    try {
      return inTransaction(() -> AuditVerifier.verify(connection));
    } catch (SQLException e) {
      throw new JournalException("cannot read the audit log: " + e.getMessage(), e);
    }
  }

  /** Work on the journal's connection that commits as a whole or not at all. */
  @FunctionalInterface
  private interface SqlWork<T> {
    T run() throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction: every write method goes through here so that a change and
   * its audit entry commit together. Callers hold the journal's lock (the methods are synchronized).
   * Called inside another {@code inTransaction}, the work joins the outer transaction.
   */
  private <T> T inTransaction(SqlWork<T> work) throws SQLException {
    if (!connection.getAutoCommit()) {
      return work.run();
    }
    connection.setAutoCommit(false);
    try {
      T result = work.run();
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      try {
        connection.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /** Appends the row's content after a change; call inside {@link #inTransaction}, after the change. */
  private void audited(AuditedTable table, String key, String action, String at) throws SQLException {
    AuditLog.append(connection, table, key, action, at);
  }

  private static final String SELECT = "SELECT partner_reference_no, reference_no, amount, currency, qr_hash,"
      + " terminal_id, state, response_code, response_message, training, created_at, updated_at FROM payments";

  private static PaymentRecord read(ResultSet rs) throws SQLException {
    return new PaymentRecord(
        rs.getString(1), rs.getString(2), new BigDecimal(rs.getString(3)), rs.getString(4), rs.getString(5),
        rs.getString(6), PaymentState.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9),
        rs.getInt(10) == 1, OffsetDateTime.parse(rs.getString(11)), OffsetDateTime.parse(rs.getString(12)));
  }

  private String now() {
    return OffsetDateTime.now(clock.withZone(zone)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new JournalException("cannot close the journal", e);
    }
  }
}
