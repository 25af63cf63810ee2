package id.cpmpos.journal;

import static id.cpmpos.journal.SqlStates.in;
import static id.cpmpos.journal.SqlStates.literal;

import id.cpmpos.journal.PendingAction.Kind;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the sync worker still has to finish, and when to try each next. The schedule survives
 * restarts, so backoff does too; the work itself is read from the payment, cancel and refund rows.
 */
public final class SyncSchedule {
  private static final String OPEN_PAYMENT = in(PaymentState.SENDING, PaymentState.UNKNOWN);
  private static final String OPEN_ACTION = in(ActionState.QUEUED, ActionState.SENDING,
      ActionState.UNKNOWN);
  private static final String PENDING = "SELECT " + literal(Kind.QUERY)
      + ", p.partner_reference_no,"
      + " p.partner_reference_no, p.amount, p.currency, p.created_at, s.attempts, s.next_attempt_ms FROM payments p"
      + " LEFT JOIN sync_schedule s ON s.kind = " + literal(Kind.QUERY)
      + " AND s.entity_key = p.partner_reference_no"
      + " WHERE p.state IN " + OPEN_PAYMENT
      + " UNION ALL SELECT " + literal(Kind.CANCEL)
      + ", c.partner_reference_no, c.partner_reference_no, p.amount,"
      + " p.currency, c.created_at, s.attempts, s.next_attempt_ms FROM cancels c JOIN payments p"
      + " USING (partner_reference_no) LEFT JOIN sync_schedule s ON s.kind = "
      + literal(Kind.CANCEL)
      + " AND s.entity_key = c.partner_reference_no WHERE c.state IN " + OPEN_ACTION
      + " UNION ALL SELECT " + literal(Kind.REFUND)
      + ", r.partner_refund_no, r.partner_reference_no, r.amount,"
      + " r.currency, r.created_at, s.attempts, s.next_attempt_ms FROM refunds r LEFT JOIN sync_schedule s"
      + " ON s.kind = " + literal(Kind.REFUND) + " AND s.entity_key = r.partner_refund_no"
      + " WHERE r.state IN " + OPEN_ACTION + " ORDER BY 6";

  private final JournalCore core;

  SyncSchedule(JournalCore core) {
    this.core = core;
  }

  /**
   * Everything not final yet, oldest first: payments to query, cancels and refunds to send, each
   * with its retry schedule (attempts 0 and next attempt 0 when it was never tried).
   */
  public List<PendingAction> pending() {
    return core.read("cannot list the pending work",
        () -> core.queryAll(PENDING, rs -> new PendingAction(
            Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
            new BigDecimal(rs.getString(4)),
            rs.getString(5), OffsetDateTime.parse(rs.getString(6)), rs.getInt(7), rs.getLong(8))));
  }

  /** Remembers when to try a pending action next. */
  public void schedule(Kind kind, String key, int attempts, long nextAttemptMillis,
      String lastError) {
    core.single("cannot schedule " + kind + " " + key, "INSERT INTO sync_schedule (kind,"
        + " entity_key, attempts, next_attempt_ms, last_error) VALUES (?,?,?,?,?) ON CONFLICT(kind, entity_key)"
        + " DO UPDATE SET attempts = excluded.attempts, next_attempt_ms = excluded.next_attempt_ms,"
        + " last_error = excluded.last_error", kind.name(), key, attempts, nextAttemptMillis,
        lastError);
  }

  /** Makes every pending action due now: the provider is reachable again, or someone asked to sync now. */
  public void makeAllDue() {
    core.single("cannot make the pending work due", "UPDATE sync_schedule SET next_attempt_ms = 0");
  }

  public void unschedule(Kind kind, String key) {
    core.single("cannot unschedule " + kind + " " + key,
        "DELETE FROM sync_schedule WHERE kind = ? AND entity_key = ?", kind.name(), key);
  }
}
