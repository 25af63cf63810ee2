package id.cpmpos.terminal;

import id.cpmpos.journal.CallRecord;
import id.cpmpos.journal.CancelRecord;
import id.cpmpos.journal.Journal;
import id.cpmpos.journal.PaymentFilter;
import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.journal.PaymentRules;
import id.cpmpos.journal.PaymentSearch;
import id.cpmpos.journal.RefundRecord;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The read side of the journal for screens: payments found by a search (the newest first) with their
 * refunds and cancel, and the calls made for one of them. Read-only; the records pass through unchanged.
 */
public final class PaymentHistory implements PaymentLookup {
  private final Journal journal;
  private final PaymentSearch search;

  public PaymentHistory(Journal journal) {
    this.journal = journal;
    this.search = new PaymentSearch(journal);
  }

  /** One payment and what happened to it since. */
  public record Entry(PaymentRecord payment, List<RefundRecord> refunds,
      Optional<CancelRecord> cancel) {
    public Entry {
      refunds = List.copyOf(refunds);
    }

    /** What the provider confirmed refunding. */
    public BigDecimal refunded() {
      return PaymentRules.refunded(refunds);
    }

    /** What may still be refunded (see {@link PaymentRules#refundable}). */
    public BigDecimal refundable() {
      return PaymentRules.refundable(payment, refunds);
    }

    /** Whether a supervisor may be offered a cancel (see {@link PaymentRules#cancellable}). */
    public boolean cancellable() {
      return PaymentRules.cancellable(payment, refunds, cancel);
    }

    public boolean refundable(BigDecimal amount) {
      return amount.signum() > 0 && amount.compareTo(refundable()) <= 0;
    }
  }

  /** The payments that match, newest first. */
  public List<Entry> search(PaymentFilter filter) {
    return payments(filter).stream().map(this::entry).toList();
  }

  /** The payments that match, newest first, as recorded (a listing: without refunds and cancel). */
  public List<PaymentRecord> payments(PaymentFilter filter) {
    return search.find(filter);
  }

  public Optional<Entry> entry(String partnerReferenceNo) {
    return journal.payments().find(partnerReferenceNo).map(this::entry);
  }

  /** Every SNAP call made for the payment (and its cancel and refunds), oldest first. */
  public List<CallRecord> calls(String partnerReferenceNo) {
    return journal.calls().of(partnerReferenceNo);
  }

  private Entry entry(PaymentRecord p) {
    return new Entry(p, journal.reversals().refunds(p.partnerReferenceNo()),
        journal.reversals().cancel(p.partnerReferenceNo()));
  }
}
