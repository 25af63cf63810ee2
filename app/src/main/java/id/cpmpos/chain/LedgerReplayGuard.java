package id.cpmpos.chain;

import id.cpmpos.notify.ReplayGuard;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The notify replay guard shared by every hq process: the ledger's primary key on (day,
 * X-EXTERNAL-ID) decides which process accepts an id first, so two hq behind one load balancer
 * never both accept the same notify. Ids of days before yesterday are forgotten.
 */
final class LedgerReplayGuard implements ReplayGuard {
  private final Ledger ledger;

  LedgerReplayGuard(Ledger ledger) {
    this.ledger = ledger;
  }

  @Override
  public boolean used(LocalDate day, String externalId) {
    try (Connection c = ledger.connect();
        PreparedStatement ps = c.prepareStatement(
            "SELECT 1 FROM notify_external_ids WHERE day = ? AND external_id = ?")) {
      ps.setObject(1, day);
      ps.setString(2, externalId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new LedgerException("cannot read the notify replay guard: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean claim(LocalDate day, String externalId) {
    try (Connection c = ledger.connect()) {
      try (PreparedStatement ps = c
          .prepareStatement("DELETE FROM notify_external_ids WHERE day < ?")) {
        ps.setObject(1, day.minusDays(1));
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c
          .prepareStatement("INSERT INTO notify_external_ids (day, external_id) VALUES (?,?)"
              + " ON CONFLICT DO NOTHING")) {
        ps.setObject(1, day);
        ps.setString(2, externalId);
        return ps.executeUpdate() == 1;
      }
    } catch (SQLException e) {
      throw new LedgerException("cannot write the notify replay guard: " + e.getMessage(), e);
    }
  }
}
