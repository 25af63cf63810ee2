package id.cpmpos.chain;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.cpmpos.notify.NotifyApplier;
import id.cpmpos.snap.NotifyRequest;
import id.cpmpos.snap.SnapJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * hq's end of the notify relay: stores a verified notify in the ledger and, in the same
 * transaction, announces it on the notify channel (PostgreSQL delivers a NOTIFY on commit only),
 * so the terminal that took the payment wakes and applies it. The payment need not be in the
 * ledger yet: the terminal asks by partner reference for every payment it is waiting on.
 */
final class LedgerNotifyApplier implements NotifyApplier {
  private final Ledger ledger;

  LedgerNotifyApplier(Ledger ledger) {
    this.ledger = ledger;
  }

  @Override
  public Result apply(NotifyRequest notify) {
    String body;
    try {
      body = SnapJson.mapper().writeValueAsString(notify);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a parsed notify is always writable", e);
    }
    try (Connection c = ledger.connect()) {
      c.setAutoCommit(false);
      String ref = notify.originalPartnerReferenceNo();
      String terminal = null;
      try (PreparedStatement ps = c
          .prepareStatement("SELECT terminal_id, partner_reference_no FROM payments"
              + " WHERE partner_reference_no = ? OR (? IS NULL AND reference_no = ?) LIMIT 1")) {
        ps.setString(1, ref);
        ps.setString(2, ref);
        ps.setString(3, notify.originalReferenceNo());
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            terminal = rs.getString(1);
            ref = rs.getString(2);
          }
        }
      }
      try (PreparedStatement ps = c
          .prepareStatement("INSERT INTO notifies (partner_reference_no, reference_no,"
              + " terminal_id, latest_transaction_status, transaction_status_desc, body) VALUES (?,?,?,?,?,?)")) {
        ps.setString(1, ref);
        ps.setString(2, notify.originalReferenceNo());
        ps.setString(3, terminal);
        ps.setString(4, notify.latestTransactionStatus());
        ps.setString(5, notify.transactionStatusDesc());
        ps.setString(6, body);
        ps.executeUpdate();
      }
      if (ref != null) {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_notify(?, ?)")) {
          ps.setString(1, Ledger.CHANNEL);
          ps.setString(2, ref);
          ps.execute();
        }
      }
      c.commit();
      return Result.APPLIED;
    } catch (SQLException e) {
      throw new LedgerException("cannot store a notify in the ledger: " + e.getMessage(), e);
    }
  }
}
