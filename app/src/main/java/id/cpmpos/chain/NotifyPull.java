package id.cpmpos.chain;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.cpmpos.notify.NotifyApplier;
import id.cpmpos.snap.NotifyRequest;
import id.cpmpos.snap.SnapJson;
import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal's side of the notify relay: fetches the notifies hq stored for the payments this
 * terminal does not know the outcome of yet, and applies each as its own receiver would (the
 * applier only moves a payment along legal transitions, so a notify applied twice changes nothing).
 */
final class NotifyPull {
  private static final Logger log = LoggerFactory.getLogger(NotifyPull.class);
  private final ObjectMapper json = SnapJson.mapper();
  private final NotifyApplier applier;

  NotifyPull(NotifyApplier applier) {
    this.applier = applier;
  }

  /** Applies every stored notify for {@code unsettled}; returns how many moved a payment. */
  int apply(Connection c, List<String> unsettled) throws SQLException {
    if (unsettled.isEmpty()) {
      return 0;
    }
    int applied = 0;
    Array refs = c.createArrayOf("text", unsettled.toArray());
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, body FROM notifies WHERE partner_reference_no = ANY(?) ORDER BY id")) {
      ps.setArray(1, refs);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          NotifyRequest notify;
          try {
            notify = json.readValue(rs.getString(2), NotifyRequest.class);
          } catch (IOException e) {
            log.warn("chain: relayed notify {} is not readable, skipped: {}", rs.getLong(1),
                e.getMessage());
            continue;
          }
          NotifyApplier.Result result = applier.apply(notify);
          log.info("chain: relayed notify {} for {} status {}: {}", rs.getLong(1),
              notify.originalPartnerReferenceNo(),
              notify.latestTransactionStatus(), result);
          if (result == NotifyApplier.Result.APPLIED) {
            applied++;
          }
        }
      }
    } finally {
      refs.free();
    }
    return applied;
  }
}
