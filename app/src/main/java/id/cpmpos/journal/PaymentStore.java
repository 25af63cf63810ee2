package id.cpmpos.journal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Payments: a row is committed before its request is sent (write-ahead) and moved on only by legal
 * state transitions, each a compare-and-set on the state the caller saw.
 */
public final class PaymentStore {
  static final String SELECT = "SELECT partner_reference_no, reference_no, amount, currency, qr_hash,"
      + " terminal_id, state, response_code, response_message, training, created_at, updated_at FROM payments";

  private final JournalCore core;

  PaymentStore(JournalCore core) {
    this.core = core;
  }

  /**
   * Write-ahead: commits the payment as SENDING. Fails if the reference was used before, and
   * refuses ({@link QrAlreadySent}) a QR that an earlier payment sent, in the same transaction so
   * two payments of one QR cannot both pass. Only a payment that provably never reached the
   * provider (NOT_SENT) leaves its QR unused.
   */
  public PaymentRecord recordIntent(String partnerReferenceNo, BigDecimal amount, String currency,
      String qrHash,
      String terminalId, boolean training) {
    String now = core.now();
    return core.write("cannot record payment " + partnerReferenceNo, () -> {
      Optional<String> earlier = core.queryOne(
          "SELECT partner_reference_no FROM payments WHERE qr_hash = ?"
              + " AND state <> ? LIMIT 1",
          rs -> rs.getString(1), qrHash, PaymentState.NOT_SENT.name());
      if (earlier.isPresent()) {
        throw new QrAlreadySent(earlier.get());
      }
      core.update(
          "INSERT INTO payments (partner_reference_no, amount, currency, qr_hash, terminal_id, state,"
              + " training, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
          partnerReferenceNo,
          amount.toPlainString(), currency, qrHash, terminalId, PaymentState.SENDING.name(),
          training ? 1 : 0, now,
          now);
      core.audited(AuditedTable.PAYMENTS, partnerReferenceNo, "INSERT", now);
      OffsetDateTime at = OffsetDateTime.parse(now);
      return new PaymentRecord(partnerReferenceNo, null, amount, currency, qrHash, terminalId,
          PaymentState.SENDING, null, null, training, at, at);
    });
  }

  /**
   * Moves a payment from {@code from} to {@code to}, recording what the provider said. Returns false
   * when the row is no longer in {@code from} (someone else moved it first); throws on an illegal move.
   */
  public boolean transition(String partnerReferenceNo, PaymentState from, PaymentState to,
      String referenceNo,
      String responseCode, String responseMessage) {
    return core.moveState(AuditedTable.PAYMENTS, partnerReferenceNo, from, to,
        "reference_no = COALESCE(?, reference_no), response_code = ?, response_message = ?",
        referenceNo, responseCode, responseMessage);
  }

  /**
   * Records the provider's answer on a payment already in {@code state} (settled first by a notify):
   * its references, code and message, the state unchanged. False when the payment is in another state.
   */
  public boolean recordAnswer(String partnerReferenceNo, PaymentState state, String referenceNo,
      String responseCode,
      String responseMessage) {
    String now = core.now();
    return core.auditedUpdate("cannot record the answer for " + partnerReferenceNo,
        AuditedTable.PAYMENTS,
        partnerReferenceNo, "UPDATE", now,
        "UPDATE payments SET reference_no = COALESCE(?, reference_no),"
            + " response_code = ?, response_message = ?, updated_at = ? WHERE partner_reference_no = ? AND state = ?",
        referenceNo, responseCode, responseMessage, now, partnerReferenceNo, state.name());
  }

  public Optional<PaymentRecord> find(String partnerReferenceNo) {
    return core.read("cannot read payment " + partnerReferenceNo,
        () -> core.queryOne(SELECT + " WHERE partner_reference_no = ?", PaymentStore::read,
            partnerReferenceNo));
  }

  /** The most recent payments first. */
  public List<PaymentRecord> recent(int limit) {
    return core.read("cannot list payments",
        () -> core.queryAll(SELECT + " ORDER BY id DESC LIMIT ?", PaymentStore::read, limit));
  }

  static PaymentRecord read(ResultSet rs) throws SQLException {
    return new PaymentRecord(
        rs.getString(1), rs.getString(2), new BigDecimal(rs.getString(3)), rs.getString(4),
        rs.getString(5),
        rs.getString(6), PaymentState.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9),
        rs.getInt(10) == 1, OffsetDateTime.parse(rs.getString(11)),
        OffsetDateTime.parse(rs.getString(12)));
  }
}
