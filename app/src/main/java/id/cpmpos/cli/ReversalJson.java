package id.cpmpos.cli;

import id.cpmpos.terminal.ReversalOutcome;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code --json} shape of a cancel or a refund: field names are a public contract. */
final class ReversalJson {
  private ReversalJson() {}

  static Map<String, Object> of(String kind, ReversalOutcome o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", kind);
    m.put("partnerReferenceNo", o.payment().partnerReferenceNo());
    if (kind.equals("refund")) {
      m.put("partnerRefundNo", o.key());
    }
    m.put("state", o.state().name());
    m.put("responseCode", o.responseCode());
    m.put("responseMessage", o.responseMessage());
    m.put("payment", PaymentJson.of(o.payment()));
    if (o.unrecorded() != null) {
      m.put("journalProblem", o.unrecorded().name());
    }
    return m;
  }

  static int exitStatus(ReversalOutcome o) {
    return switch (o.state()) {
      case SUCCEEDED -> ExitStatus.OK;
      case REJECTED -> ExitStatus.FAILED;
      default -> ExitStatus.PENDING;
    };
  }
}
