package id.cpmpos.journal;

import java.time.OffsetDateTime;
import java.util.List;

/** The support trail: every SNAP call made for a payment, its cancel and its refunds, and its outcome. */
public final class CallStore {
  private final JournalCore core;

  CallStore(JournalCore core) {
    this.core = core;
  }

  /** Appends one call's outcome to the payment's trail. */
  public void record(String partnerReferenceNo, String service, String actionKey, String outcome,
      Integer httpStatus,
      String responseCode, String responseMessage) {
    String now = core.now();
    core.single("cannot record a call for " + partnerReferenceNo, "INSERT INTO calls"
        + " (partner_reference_no, service, action_key, outcome, http_status, response_code, response_message, at)"
        + " VALUES (?,?,?,?,?,?,?,?)", partnerReferenceNo, service, actionKey, outcome, httpStatus,
        responseCode,
        responseMessage, now);
  }

  /** The payment's calls, oldest first. */
  public List<CallRecord> of(String partnerReferenceNo) {
    return core.read("cannot read the calls of " + partnerReferenceNo, () -> core.queryAll("SELECT"
        + " partner_reference_no, service, action_key, outcome, http_status, response_code, response_message, at"
        + " FROM calls WHERE partner_reference_no = ? ORDER BY id",
        rs -> new CallRecord(rs.getString(1),
            rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getObject(5) == null ? null : rs.getInt(5),
            rs.getString(6), rs.getString(7), OffsetDateTime.parse(rs.getString(8))),
        partnerReferenceNo));
  }
}
