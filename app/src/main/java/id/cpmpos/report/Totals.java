package id.cpmpos.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sums of an end-of-day report (or of a shift, or of several terminals added up): immutable,
 * exact, two decimals. {@link #fields()} gives them under the report's public field names.
 */
public record Totals(int paidCount, BigDecimal paidTotal, BigDecimal cancelledTotal,
    BigDecimal refundedTotal,
    int declinedCount, int notSentCount, int pendingCount) {

  public static final Totals ZERO = new Totals(0, money(BigDecimal.ZERO), money(BigDecimal.ZERO),
      money(BigDecimal.ZERO), 0, 0, 0);

  public Totals {
    paidTotal = money(paidTotal);
    cancelledTotal = money(cancelledTotal);
    refundedTotal = money(refundedTotal);
  }

  /** What stays with the merchant: paid, less what was cancelled and refunded. */
  public BigDecimal net() {
    return paidTotal.subtract(cancelledTotal).subtract(refundedTotal);
  }

  public Totals plus(Movement m) {
    return switch (m.kind()) {
      case PAID -> new Totals(paidCount + 1, paidTotal.add(m.amount()), cancelledTotal,
          refundedTotal, declinedCount,
          notSentCount, pendingCount);
      case CANCELLED -> new Totals(paidCount, paidTotal, cancelledTotal.add(m.amount()),
          refundedTotal, declinedCount,
          notSentCount, pendingCount);
      case REFUNDED -> new Totals(paidCount, paidTotal, cancelledTotal,
          refundedTotal.add(m.amount()), declinedCount,
          notSentCount, pendingCount);
      case DECLINED ->
        new Totals(paidCount, paidTotal, cancelledTotal, refundedTotal, declinedCount + 1,
            notSentCount, pendingCount);
      case NOT_SENT ->
        new Totals(paidCount, paidTotal, cancelledTotal, refundedTotal, declinedCount,
            notSentCount + 1, pendingCount);
      case PENDING ->
        new Totals(paidCount, paidTotal, cancelledTotal, refundedTotal, declinedCount, notSentCount,
            pendingCount + 1);
    };
  }

  /** Two reports added up, e.g. the same day on several terminals. */
  public Totals plus(Totals o) {
    return new Totals(paidCount + o.paidCount, paidTotal.add(o.paidTotal),
        cancelledTotal.add(o.cancelledTotal),
        refundedTotal.add(o.refundedTotal), declinedCount + o.declinedCount,
        notSentCount + o.notSentCount,
        pendingCount + o.pendingCount);
  }

  /**
   * The public field names, in this order, amounts as strings with two decimals: the {@code report
   * --json} contract (add, never rename) and the CSV's column names.
   */
  public Map<String, Object> fields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("paidCount", paidCount);
    m.put("paidTotal", paidTotal.toPlainString());
    m.put("cancelledTotal", cancelledTotal.toPlainString());
    m.put("refundedTotal", refundedTotal.toPlainString());
    m.put("net", net().toPlainString());
    m.put("declinedCount", declinedCount);
    m.put("notSentCount", notSentCount);
    m.put("pendingCount", pendingCount);
    return m;
  }

  private static BigDecimal money(BigDecimal v) {
    return v.setScale(2, RoundingMode.UNNECESSARY);
  }
}
