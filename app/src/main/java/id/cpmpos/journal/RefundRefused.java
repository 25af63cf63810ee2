package id.cpmpos.journal;

import java.math.BigDecimal;

/** A refund the journal will not record: nothing was written. {@code refundable} is set for EXCEEDS_REFUNDABLE. */
public final class RefundRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public enum Why {
    NO_SUCH_PAYMENT, NOT_PAID, EXCEEDS_REFUNDABLE
  }

  private final Why why;
  private final transient BigDecimal refundable;

  public RefundRefused(Why why, BigDecimal refundable) {
    super(why.name());
    this.why = why;
    this.refundable = refundable;
  }

  public Why why() {
    return why;
  }

  public BigDecimal refundable() {
    return refundable;
  }
}
