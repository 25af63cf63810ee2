package id.cpmpos.journal;

import java.util.Set;

/**
 * One entry of the journal's audit log, as stored: what the chain ledger replicates. {@code snapshot}
 * is the audited row after the change, as canonical JSON.
 */
public record AuditEntry(long seq, String at, String entity, String entityKey, String action,
    String snapshot,
    String prevHash, String hash) {

  /** The entity names of the audited tables whose rows the ledger keeps (see {@link AuditedTable}). */
  public static final String PAYMENTS = AuditedTable.PAYMENTS.name();
  public static final String CANCELS = AuditedTable.CANCELS.name();
  public static final String REFUNDS = AuditedTable.REFUNDS.name();
  public static final String SHIFTS = AuditedTable.SHIFTS.name();
  public static final String SUPERVISOR_PIN = AuditedTable.SUPERVISOR_PIN.name();

  /**
   * Entities whose snapshot holds a password hash (the supervisor's PIN, a cashier's PIN): replicated
   * without their content. Named by string so a table registered later need not exist yet.
   */
  public static final Set<String> HOLDS_A_SECRET = Set.of(SUPERVISOR_PIN, "cashiers");

  /** The snapshot as it may leave the terminal: null for an entity that {@link #HOLDS_A_SECRET}. */
  public String shareableSnapshot() {
    return HOLDS_A_SECRET.contains(entity) ? null : snapshot;
  }
}
