package id.cpmpos.journal;

import id.cpmpos.report.ReportCsv;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One payment of a day as the report's CSV lists it: the sale, when it was paid (null if never),
 * its shift and cashier, what was refunded of it and where its cancel stands (null if none).
 */
public record ReportLine(String partnerReferenceNo, String referenceNo, BigDecimal amount,
    String currency,
    PaymentState state, String responseCode, OffsetDateTime createdAt, OffsetDateTime paidAt,
    Long shiftId,
    String cashier, BigDecimal refunded, ActionState cancel) {

  /** This line as a row of the report's CSV. */
  public ReportCsv.Row csv() {
    return new ReportCsv.Row(createdAt.toString(), paidAt == null ? "" : paidAt.toString(),
        partnerReferenceNo,
        referenceNo, amount.toPlainString(), currency, state.name(), responseCode,
        refunded.toPlainString(),
        cancel == null ? "" : cancel.name(), shiftId == null ? "" : shiftId.toString(), cashier);
  }
}
