package id.cpmpos.journal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Cancels and refunds: committed QUEUED before they are sent, moved on by compare-and-set like a
 * payment, and completed together with the payment they reverse, in one transaction.
 */
public final class ReversalStore {
  private static final String CANCEL_SELECT = "SELECT partner_reference_no, reason, requested_by, state,"
      + " response_code, response_message, created_at, updated_at FROM cancels";
  private static final String REFUND_SELECT = "SELECT partner_refund_no, partner_reference_no, refund_no, amount,"
      + " currency, reason, state, response_code, response_message, created_at, updated_at FROM refunds";

  /**
   * What a reversal's move records of the answer: a move that brings none (a null code, e.g. back to
   * SENDING) keeps the code and message the last answer gave.
   */
  private static final String ANSWER = "response_code = COALESCE(?, response_code),"
      + " response_message = COALESCE(?, response_message)";
  private final JournalCore core;
  private final PaymentStore payments;

  ReversalStore(JournalCore core, PaymentStore payments) {
    this.core = core;
    this.payments = payments;
  }

  /**
   * Write-ahead for a cancel: commits it QUEUED. A payment has at most one cancel; asking again
   * returns the one there is (a reversal is sent again with the same references, never doubled).
   */
  public CancelRecord recordCancelIntent(String partnerReferenceNo, String reason,
      CancelRecord.Requester requestedBy) {
    String now = core.now();
    String what = "cannot record a cancel of " + partnerReferenceNo;
    return core.write(what, () -> {
      core.auditedUpdate(what, AuditedTable.CANCELS, partnerReferenceNo, "INSERT", now,
          "INSERT INTO cancels"
              + " (partner_reference_no, reason, requested_by, state, created_at, updated_at) VALUES (?,?,?,?,?,?)"
              + " ON CONFLICT(partner_reference_no) DO NOTHING",
          partnerReferenceNo, reason, requestedBy.name(),
          ActionState.QUEUED.name(), now, now);
      return cancel(partnerReferenceNo).orElseThrow();
    });
  }

  /** Compare-and-set on a cancel's state, like {@link PaymentStore#transition}. */
  public boolean transitionCancel(String partnerReferenceNo, ActionState from, ActionState to,
      String responseCode,
      String responseMessage) {
    return core.moveState(AuditedTable.CANCELS, partnerReferenceNo, from, to, ANSWER,
        responseCode, responseMessage);
  }

  /**
   * The provider cancelled it: the cancel succeeds and the payment becomes CANCELLED in one
   * transaction, so no crash can leave a reversed sale looking paid.
   */
  public boolean completeCancel(String partnerReferenceNo, ActionState from, String responseCode,
      String responseMessage) {
    return core.write("cannot complete the cancel of " + partnerReferenceNo, () -> {
      boolean moved = transitionCancel(partnerReferenceNo, from, ActionState.SUCCEEDED,
          responseCode, responseMessage);
      PaymentRecord p = payments.find(partnerReferenceNo).orElseThrow();
      if (moved && p.state().canMoveTo(PaymentState.CANCELLED)) {
        payments.transition(partnerReferenceNo, p.state(), PaymentState.CANCELLED, null,
            responseCode,
            "cancelled: " + responseMessage);
      }
      return moved;
    });
  }

  public Optional<CancelRecord> cancel(String partnerReferenceNo) {
    return core.read("cannot read the cancel of " + partnerReferenceNo, () -> core.queryOne(
        CANCEL_SELECT + " WHERE partner_reference_no = ?", ReversalStore::readCancel,
        partnerReferenceNo));
  }

  /**
   * Write-ahead for a refund: commits it QUEUED, in one transaction with the check that the payment
   * is paid and that this refund, with every refund not rejected, stays within what was paid.
   */
  public RefundRecord recordRefundIntent(String partnerRefundNo, String partnerReferenceNo,
      BigDecimal amount,
      String reason) {
    return core.write("cannot record refund " + partnerRefundNo, () -> {
      PaymentRecord payment = payments.find(partnerReferenceNo)
          .orElseThrow(() -> new RefundRefused(RefundRefused.Why.NO_SUCH_PAYMENT, null));
      if (payment.state() != PaymentState.APPROVED) {
        throw new RefundRefused(RefundRefused.Why.NOT_PAID, null);
      }
      BigDecimal left = PaymentRules.refundable(payment, refunds(partnerReferenceNo));
      if (amount.compareTo(left) > 0) {
        throw new RefundRefused(RefundRefused.Why.EXCEEDS_REFUNDABLE, left);
      }
      String now = core.now();
      core.update(
          "INSERT INTO refunds (partner_refund_no, partner_reference_no, amount, currency, reason, state,"
              + " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
          partnerRefundNo, partnerReferenceNo,
          amount.toPlainString(), payment.currency(), reason, ActionState.QUEUED.name(), now, now);
      core.audited(AuditedTable.REFUNDS, partnerRefundNo, "INSERT", now);
      return refund(partnerRefundNo).orElseThrow();
    });
  }

  /** Compare-and-set on a refund's state; {@code refundNo} is kept once the provider gave one. */
  public boolean transitionRefund(String partnerRefundNo, ActionState from, ActionState to,
      String refundNo,
      String responseCode, String responseMessage) {
    return core.moveState(AuditedTable.REFUNDS, partnerRefundNo, from, to,
        "refund_no = COALESCE(?, refund_no), " + ANSWER, refundNo, responseCode, responseMessage);
  }

  /**
   * The provider refunded it: the refund succeeds and, once refunds cover the whole amount, the
   * payment becomes REFUNDED, in one transaction.
   */
  public boolean completeRefund(String partnerRefundNo, ActionState from, String refundNo,
      String responseCode,
      String responseMessage) {
    return core.write("cannot complete refund " + partnerRefundNo, () -> {
      boolean moved = transitionRefund(partnerRefundNo, from, ActionState.SUCCEEDED, refundNo,
          responseCode,
          responseMessage);
      String ref = refund(partnerRefundNo).orElseThrow().partnerReferenceNo();
      PaymentRecord p = payments.find(ref).orElseThrow();
      if (moved && PaymentRules.refundedInFull(p, refunds(ref))
          && p.state().canMoveTo(PaymentState.REFUNDED)) {
        payments.transition(ref, p.state(), PaymentState.REFUNDED, null, responseCode,
            "refunded in full");
      }
      return moved;
    });
  }

  public Optional<RefundRecord> refund(String partnerRefundNo) {
    return core.read("cannot read refund " + partnerRefundNo, () -> core.queryOne(
        REFUND_SELECT + " WHERE partner_refund_no = ?", ReversalStore::readRefund,
        partnerRefundNo));
  }

  public List<RefundRecord> refunds(String partnerReferenceNo) {
    return core.read("cannot read the refunds of " + partnerReferenceNo, () -> core.queryAll(
        REFUND_SELECT + " WHERE partner_reference_no = ? ORDER BY id", ReversalStore::readRefund,
        partnerReferenceNo));
  }

  private static CancelRecord readCancel(ResultSet rs) throws SQLException {
    return new CancelRecord(rs.getString(1), rs.getString(2),
        CancelRecord.Requester.valueOf(rs.getString(3)),
        ActionState.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
        OffsetDateTime.parse(rs.getString(7)),
        OffsetDateTime.parse(rs.getString(8)));
  }

  private static RefundRecord readRefund(ResultSet rs) throws SQLException {
    return new RefundRecord(rs.getString(1), rs.getString(2), rs.getString(3),
        new BigDecimal(rs.getString(4)),
        rs.getString(5), rs.getString(6), ActionState.valueOf(rs.getString(7)), rs.getString(8),
        rs.getString(9),
        OffsetDateTime.parse(rs.getString(10)), OffsetDateTime.parse(rs.getString(11)));
  }
}
