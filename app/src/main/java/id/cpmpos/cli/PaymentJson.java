package id.cpmpos.cli;

import id.cpmpos.journal.PaymentRecord;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code --json} shape of a payment: field names are a public contract, add but never rename. */
final class PaymentJson {
  private PaymentJson() {}

  static Map<String, Object> of(PaymentRecord r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("partnerReferenceNo", r.partnerReferenceNo());
    m.put("referenceNo", r.referenceNo());
    m.put("amount", r.amount().toPlainString());
    m.put("currency", r.currency());
    m.put("latestTransactionStatus", r.latestTransactionStatus());
    m.put("responseCode", r.responseCode());
    m.put("responseMessage", r.responseMessage());
    m.put("state", r.state().name());
    m.put("terminalId", r.terminalId());
    m.put("training", r.training());
    m.put("createdAt", r.createdAt().toString());
    m.put("updatedAt", r.updatedAt().toString());
    return m;
  }
}
