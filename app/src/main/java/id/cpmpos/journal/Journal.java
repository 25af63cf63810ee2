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

  /**
   * Write-ahead: commits the payment as SENDING. Fails if the reference was used before, and
   * refuses ({@link QrAlreadySent}) a QR that an earlier payment sent, in the same transaction so
   * two payments of one QR cannot both pass. Only a payment that provably never reached the
   * provider (NOT_SENT) leaves its QR unused.
   */
  public synchronized PaymentRecord recordPaymentIntent(String partnerReferenceNo, BigDecimal amount,
      String currency, String qrHash, String terminalId, boolean training) {
    String now = now();
    try {
      return inTransaction(() -> {
        Optional<String> earlier = queryOne("SELECT partner_reference_no FROM payments WHERE qr_hash = ?"
            + " AND state <> ? LIMIT 1", rs -> rs.getString(1), qrHash, PaymentState.NOT_SENT.name());
        if (earlier.isPresent()) {
          throw new QrAlreadySent(earlier.get());
        }
        insertPayment(partnerReferenceNo, amount, currency, qrHash, terminalId, training, now);
        audited(AuditedTable.PAYMENTS, partnerReferenceNo, "INSERT", now);
        OffsetDateTime at = OffsetDateTime.parse(now);
        return new PaymentRecord(partnerReferenceNo, null, amount, currency, qrHash, terminalId,
            PaymentState.SENDING, null, null, training, at, at);
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

  /**
   * Records the provider's answer on a payment already in {@code state} (settled first by a notify):
   * its references, code and message, the state unchanged. False when the payment is in another state.
   */
  public synchronized boolean recordAnswer(String partnerReferenceNo, PaymentState state, String referenceNo,
      String responseCode, String responseMessage) {
    String now = now();
    return write("cannot record the answer for " + partnerReferenceNo, () -> {
      boolean updated = update("UPDATE payments SET reference_no = COALESCE(?, reference_no), response_code = ?,"
          + " response_message = ?, updated_at = ? WHERE partner_reference_no = ? AND state = ?", referenceNo,
          responseCode, responseMessage, now, partnerReferenceNo, state.name()) == 1;
      if (updated) {
        audited(AuditedTable.PAYMENTS, partnerReferenceNo, "UPDATE", now);
      }
      return updated;
    });
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

  /**
   * For this package's query and store classes (PaymentSearch, DayReportQuery, ShiftStore): their
   * work on the shared connection, under the journal's lock, in one transaction with any audit entry.
   */
  synchronized <T> T withConnection(String what, ConnectionWork<T> work) {
    return write(what, () -> work.run(connection));
  }

  @FunctionalInterface
  interface ConnectionWork<T> {
    T run(Connection c) throws SQLException;
  }

  /**
   * SQLite's {@code max_page_count} on this connection: the journal may not grow past {@code pages}
   * pages (never below its current size), and a write that needs a new page fails with
   * SQLITE_FULL, exactly as on a full disk. The tests' stand-in for one; it is a per-connection
   * setting, so only this connection can be given it.
   */
  synchronized void maxPages(long pages) {
    try (Statement s = connection.createStatement()) {
      s.execute("PRAGMA max_page_count = " + pages);
    } catch (SQLException e) {
      throw new JournalException("cannot set max_page_count", e);
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

  static final String SELECT = "SELECT partner_reference_no, reference_no, amount, currency, qr_hash,"
      + " terminal_id, state, response_code, response_message, training, created_at, updated_at FROM payments";

  static PaymentRecord read(ResultSet rs) throws SQLException {
    return new PaymentRecord(
        rs.getString(1), rs.getString(2), new BigDecimal(rs.getString(3)), rs.getString(4), rs.getString(5),
        rs.getString(6), PaymentState.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9),
        rs.getInt(10) == 1, OffsetDateTime.parse(rs.getString(11)), OffsetDateTime.parse(rs.getString(12)));
  }

  String now() {
    return OffsetDateTime.now(clock.withZone(zone)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
  }

  // ---- cancels, refunds, calls, sync schedule, supervisor PIN ----

  /**
   * Write-ahead for a cancel: commits it QUEUED. A payment has at most one cancel; asking again
   * returns the one there is (a reversal is sent again with the same references, never doubled).
   */
  public synchronized CancelRecord recordCancelIntent(String partnerReferenceNo, String reason,
      CancelRecord.Requester requestedBy) {
    String now = now();
    write("cannot record a cancel of " + partnerReferenceNo, () -> {
      if (update("INSERT INTO cancels (partner_reference_no, reason, requested_by, state, created_at, updated_at)"
          + " VALUES (?,?,?,?,?,?) ON CONFLICT(partner_reference_no) DO NOTHING", partnerReferenceNo, reason,
          requestedBy.name(), ActionState.QUEUED.name(), now, now) == 1) {
        audited(AuditedTable.CANCELS, partnerReferenceNo, "INSERT", now);
      }
      return null;
    });
    return cancel(partnerReferenceNo).orElseThrow();
  }

  /** Compare-and-set on a cancel's state, like {@link #transition}. */
  public synchronized boolean transitionCancel(String partnerReferenceNo, ActionState from, ActionState to,
      String responseCode, String responseMessage) {
    if (!from.canMoveTo(to)) {
      throw new JournalException("illegal cancel transition " + from + " -> " + to + " for " + partnerReferenceNo);
    }
    String now = now();
    return write("cannot update the cancel of " + partnerReferenceNo, () -> {
      boolean moved = update("UPDATE cancels SET state = ?, response_code = COALESCE(?, response_code),"
          + " response_message = COALESCE(?, response_message), updated_at = ? WHERE partner_reference_no = ?"
          + " AND state = ?", to.name(), responseCode, responseMessage, now, partnerReferenceNo, from.name()) == 1;
      if (moved) {
        audited(AuditedTable.CANCELS, partnerReferenceNo, "UPDATE", now);
      }
      return moved;
    });
  }

  /**
   * The provider cancelled it: the cancel succeeds and the payment becomes CANCELLED in one
   * transaction, so no crash can leave a reversed sale looking paid.
   */
  public synchronized boolean completeCancel(String partnerReferenceNo, ActionState from, String responseCode,
      String responseMessage) {
    return write("cannot complete the cancel of " + partnerReferenceNo, () -> {
      boolean moved = transitionCancel(partnerReferenceNo, from, ActionState.SUCCEEDED, responseCode, responseMessage);
      PaymentRecord p = payment(partnerReferenceNo).orElseThrow();
      if (moved && p.state().canMoveTo(PaymentState.CANCELLED)) {
        transition(partnerReferenceNo, p.state(), PaymentState.CANCELLED, null, responseCode,
            "cancelled: " + responseMessage);
      }
      return moved;
    });
  }

  public synchronized Optional<CancelRecord> cancel(String partnerReferenceNo) {
    return queryOne(CANCEL_SELECT + " WHERE partner_reference_no = ?", Journal::readCancel, partnerReferenceNo);
  }

  /**
   * Write-ahead for a refund: commits it QUEUED, in one transaction with the check that the payment
   * is paid and that this refund, with every refund not rejected, stays within what was paid.
   */
  public synchronized RefundRecord recordRefundIntent(String partnerRefundNo, String partnerReferenceNo,
      BigDecimal amount, String reason) {
    write("cannot record refund " + partnerRefundNo, () -> {
      PaymentRecord payment = payment(partnerReferenceNo)
          .orElseThrow(() -> new RefundRefused(RefundRefused.Why.NO_SUCH_PAYMENT, null));
      if (payment.state() != PaymentState.APPROVED) {
        throw new RefundRefused(RefundRefused.Why.NOT_PAID, null);
      }
      BigDecimal left = payment.amount().subtract(committedRefunds(partnerReferenceNo));
      if (amount.compareTo(left) > 0) {
        throw new RefundRefused(RefundRefused.Why.EXCEEDS_REFUNDABLE, left);
      }
      String now = now();
      update("INSERT INTO refunds (partner_refund_no, partner_reference_no, amount, currency, reason, state,"
          + " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)", partnerRefundNo, partnerReferenceNo,
          amount.toPlainString(), payment.currency(), reason, ActionState.QUEUED.name(), now, now);
      audited(AuditedTable.REFUNDS, partnerRefundNo, "INSERT", now);
      return null;
    });
    return refund(partnerRefundNo).orElseThrow();
  }

  /** Refunded or on the way: every refund of the payment that the provider has not refused. */
  public synchronized BigDecimal committedRefunds(String partnerReferenceNo) {
    return refunds(partnerReferenceNo).stream().filter(r -> r.state() != ActionState.REJECTED)
        .map(RefundRecord::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** What the provider confirmed refunding. */
  public synchronized BigDecimal refunded(String partnerReferenceNo) {
    return refunds(partnerReferenceNo).stream().filter(r -> r.state() == ActionState.SUCCEEDED)
        .map(RefundRecord::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Compare-and-set on a refund's state; {@code refundNo} is kept once the provider gave one. */
  public synchronized boolean transitionRefund(String partnerRefundNo, ActionState from, ActionState to,
      String refundNo, String responseCode, String responseMessage) {
    if (!from.canMoveTo(to)) {
      throw new JournalException("illegal refund transition " + from + " -> " + to + " for " + partnerRefundNo);
    }
    String now = now();
    return write("cannot update refund " + partnerRefundNo, () -> {
      boolean moved = update("UPDATE refunds SET state = ?, refund_no = COALESCE(?, refund_no),"
          + " response_code = COALESCE(?, response_code), response_message = COALESCE(?, response_message),"
          + " updated_at = ? WHERE partner_refund_no = ? AND state = ?", to.name(), refundNo, responseCode,
          responseMessage, now, partnerRefundNo, from.name()) == 1;
      if (moved) {
        audited(AuditedTable.REFUNDS, partnerRefundNo, "UPDATE", now);
      }
      return moved;
    });
  }

  /**
   * The provider refunded it: the refund succeeds and, once refunds cover the whole amount, the
   * payment becomes REFUNDED, in one transaction.
   */
  public synchronized boolean completeRefund(String partnerRefundNo, ActionState from, String refundNo,
      String responseCode, String responseMessage) {
    return write("cannot complete refund " + partnerRefundNo, () -> {
      boolean moved = transitionRefund(partnerRefundNo, from, ActionState.SUCCEEDED, refundNo, responseCode,
          responseMessage);
      String ref = refund(partnerRefundNo).orElseThrow().partnerReferenceNo();
      PaymentRecord p = payment(ref).orElseThrow();
      if (moved && refunded(ref).compareTo(p.amount()) >= 0 && p.state().canMoveTo(PaymentState.REFUNDED)) {
        transition(ref, p.state(), PaymentState.REFUNDED, null, responseCode, "refunded in full");
      }
      return moved;
    });
  }

  public synchronized Optional<RefundRecord> refund(String partnerRefundNo) {
    return queryOne(REFUND_SELECT + " WHERE partner_refund_no = ?", Journal::readRefund, partnerRefundNo);
  }

  public synchronized List<RefundRecord> refunds(String partnerReferenceNo) {
    return queryAll(REFUND_SELECT + " WHERE partner_reference_no = ? ORDER BY id", Journal::readRefund,
        partnerReferenceNo);
  }

  /** Appends one call's outcome to the payment's support trail. */
  public synchronized void recordCall(String partnerReferenceNo, String service, String actionKey, String outcome,
      Integer httpStatus, String responseCode, String responseMessage) {
    update("INSERT INTO calls (partner_reference_no, service, action_key, outcome, http_status, response_code,"
        + " response_message, at) VALUES (?,?,?,?,?,?,?,?)", partnerReferenceNo, service, actionKey, outcome,
        httpStatus, responseCode, responseMessage, now());
  }

  public synchronized List<CallRecord> calls(String partnerReferenceNo) {
    return queryAll("SELECT partner_reference_no, service, action_key, outcome, http_status, response_code,"
        + " response_message, at FROM calls WHERE partner_reference_no = ? ORDER BY id", rs -> new CallRecord(
            rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getObject(5) == null ? null : rs.getInt(5), rs.getString(6), rs.getString(7),
            OffsetDateTime.parse(rs.getString(8))), partnerReferenceNo);
  }

  /**
   * Everything not final yet, oldest first: payments to query, cancels and refunds to send, each
   * with its retry schedule (attempts 0 and next attempt 0 when it was never tried).
   */
  public synchronized List<PendingAction> pending() {
    String sql = "SELECT 'QUERY', p.partner_reference_no, p.partner_reference_no, p.amount, p.currency,"
        + " p.created_at, s.attempts, s.next_attempt_ms FROM payments p LEFT JOIN sync_schedule s"
        + " ON s.kind = 'QUERY' AND s.entity_key = p.partner_reference_no WHERE p.state IN ('SENDING', 'UNKNOWN')"
        + " UNION ALL SELECT 'CANCEL', c.partner_reference_no, c.partner_reference_no, p.amount, p.currency,"
        + " c.created_at, s.attempts, s.next_attempt_ms FROM cancels c JOIN payments p USING (partner_reference_no)"
        + " LEFT JOIN sync_schedule s ON s.kind = 'CANCEL' AND s.entity_key = c.partner_reference_no"
        + " WHERE c.state IN ('QUEUED', 'SENDING', 'UNKNOWN')"
        + " UNION ALL SELECT 'REFUND', r.partner_refund_no, r.partner_reference_no, r.amount, r.currency,"
        + " r.created_at, s.attempts, s.next_attempt_ms FROM refunds r LEFT JOIN sync_schedule s"
        + " ON s.kind = 'REFUND' AND s.entity_key = r.partner_refund_no"
        + " WHERE r.state IN ('QUEUED', 'SENDING', 'UNKNOWN') ORDER BY 6";
    return queryAll(sql, rs -> new PendingAction(PendingAction.Kind.valueOf(rs.getString(1)), rs.getString(2),
        rs.getString(3), new BigDecimal(rs.getString(4)), rs.getString(5), OffsetDateTime.parse(rs.getString(6)),
        rs.getInt(7), rs.getLong(8)));
  }

  /** Remembers when to try a pending action next; survives restarts so backoff does too. */
  public synchronized void schedule(PendingAction.Kind kind, String key, int attempts, long nextAttemptMillis,
      String lastError) {
    update("INSERT INTO sync_schedule (kind, entity_key, attempts, next_attempt_ms, last_error) VALUES (?,?,?,?,?)"
        + " ON CONFLICT(kind, entity_key) DO UPDATE SET attempts = excluded.attempts,"
        + " next_attempt_ms = excluded.next_attempt_ms, last_error = excluded.last_error",
        kind.name(), key, attempts, nextAttemptMillis, lastError);
  }

  /** Makes every pending action due now: the provider is reachable again, or someone asked to sync now. */
  public synchronized void makeAllDue() {
    update("UPDATE sync_schedule SET next_attempt_ms = 0");
  }

  public synchronized void unschedule(PendingAction.Kind kind, String key) {
    update("DELETE FROM sync_schedule WHERE kind = ? AND entity_key = ?", kind.name(), key);
  }

  /** Whether a notify's X-EXTERNAL-ID was accepted already on {@code day}. */
  public synchronized boolean notifyExternalIdUsed(String day, String externalId) {
    return queryOne("SELECT 1 FROM notify_external_ids WHERE day = ? AND external_id = ?", rs -> true, day,
        externalId).isPresent();
  }

  /**
   * Claims a notify's X-EXTERNAL-ID for {@code day}; false when it was claimed before. Ids of days
   * before yesterday are forgotten: they can no longer collide.
   */
  public synchronized boolean claimNotifyExternalId(String day, String externalId, String oldestDayKept) {
    return write("cannot record a notify's external id", () -> {
      update("DELETE FROM notify_external_ids WHERE day < ?", oldestDayKept);
      return update("INSERT INTO notify_external_ids (day, external_id, at) VALUES (?,?,?)"
          + " ON CONFLICT(day, external_id) DO NOTHING", day, externalId, now()) == 1;
    });
  }

  /** Wrong supervisor PINs entered since {@code sinceMillis}, and the newest one's time (0 if none). */
  public synchronized long[] pinFailuresSince(long sinceMillis) {
    return queryOne("SELECT COUNT(*), COALESCE(MAX(at_ms), 0) FROM pin_failures WHERE at_ms >= ?",
        rs -> new long[] {rs.getLong(1), rs.getLong(2)}, sinceMillis).orElseThrow();
  }

  public synchronized void recordPinFailure(long atMillis) {
    write("cannot record a wrong PIN", () -> update("INSERT INTO pin_failures (at_ms) VALUES (?)", atMillis));
  }

  public synchronized void clearPinFailures() {
    write("cannot clear wrong PINs", () -> update("DELETE FROM pin_failures"));
  }

  /** The supervisor PIN's stored hash, if one was set. */
  public synchronized Optional<String> supervisorPinHash() {
    return queryOne("SELECT hash FROM supervisor_pin WHERE id = 1", rs -> rs.getString(1));
  }

  /**
   * Sets the PIN hash if the stored one is still {@code expected} (null: none set yet). False when
   * someone else changed it meanwhile.
   */
  public synchronized boolean replaceSupervisorPinHash(String expected, String hash) {
    String now = now();
    return write("cannot store the supervisor PIN", () -> {
      boolean replaced = expected == null
          ? update("INSERT INTO supervisor_pin (id, hash, updated_at) VALUES (1, ?, ?) ON CONFLICT(id) DO NOTHING",
              hash, now) == 1
          : update("UPDATE supervisor_pin SET hash = ?, updated_at = ? WHERE id = 1 AND hash = ?", hash, now,
              expected) == 1;
      if (replaced) {
        audited(AuditedTable.SUPERVISOR_PIN, "1", expected == null ? "INSERT" : "UPDATE", now);
      }
      return replaced;
    });
  }

  /** A write in one transaction with its audit entries; SQL failures become a JournalException naming {@code what}. */
  private <T> T write(String what, SqlWork<T> work) {
    try {
      return inTransaction(work);
    } catch (SQLException e) {
      throw new JournalException(what + ": " + e.getMessage(), e);
    }
  }

  private static final String CANCEL_SELECT = "SELECT partner_reference_no, reason, requested_by, state,"
      + " response_code, response_message, created_at, updated_at FROM cancels";

  private static CancelRecord readCancel(ResultSet rs) throws SQLException {
    return new CancelRecord(rs.getString(1), rs.getString(2), CancelRecord.Requester.valueOf(rs.getString(3)),
        ActionState.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), OffsetDateTime.parse(rs.getString(7)),
        OffsetDateTime.parse(rs.getString(8)));
  }

  private static final String REFUND_SELECT = "SELECT partner_refund_no, partner_reference_no, refund_no, amount,"
      + " currency, reason, state, response_code, response_message, created_at, updated_at FROM refunds";

  private static RefundRecord readRefund(ResultSet rs) throws SQLException {
    return new RefundRecord(rs.getString(1), rs.getString(2), rs.getString(3), new BigDecimal(rs.getString(4)),
        rs.getString(5), rs.getString(6), ActionState.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9),
        OffsetDateTime.parse(rs.getString(10)), OffsetDateTime.parse(rs.getString(11)));
  }

  private interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private int update(String sql, Object... args) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      bind(ps, args);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new JournalException("journal write failed: " + e.getMessage(), e);
    }
  }

  private <T> Optional<T> queryOne(String sql, RowReader<T> reader, Object... args) {
    List<T> all = queryAll(sql, reader, args);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  private <T> List<T> queryAll(String sql, RowReader<T> reader, Object... args) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      bind(ps, args);
      List<T> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(reader.read(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new JournalException("journal read failed: " + e.getMessage(), e);
    }
  }

  private static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
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
