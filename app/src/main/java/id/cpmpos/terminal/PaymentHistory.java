package id.cpmpos.terminal;

import id.cpmpos.journal.ActionState;
import id.cpmpos.journal.CallRecord;
import id.cpmpos.journal.CancelRecord;
import id.cpmpos.journal.Journal;
import id.cpmpos.journal.PaymentFilter;
import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.journal.PaymentSearch;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.journal.RefundRecord;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The read side of the journal for screens: payments found by a search (the newest first) with their
 * refunds and cancel, and the calls made for one of them. Read-only; the records pass through unchanged.
 */
public final class PaymentHistory {
  private final Journal journal;
  private final PaymentSearch search;

  public PaymentHistory(Journal journal) {
    this.journal = journal;
    this.search = new PaymentSearch(journal);
  }

  /** One payment and what happened to it since. */
  public record Entry(PaymentRecord payment, List<RefundRecord> refunds, Optional<CancelRecord> cancel) {
    public Entry {
      refunds = List.copyOf(refunds);
    }

    /** What the provider confirmed refunding. */
    public BigDecimal refunded() {
      return sum(ActionState.SUCCEEDED);
    }

    /** Refunds queued or waiting for an answer. */
    public BigDecimal refundsPending() {
      return refunds.stream().filter(r -> !r.state().isFinal()).map(RefundRecord::amount)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What may still be refunded: paid, less every refund not refused. */
    public BigDecimal refundable() {
      if (payment.state() != PaymentState.APPROVED) {
        return BigDecimal.ZERO;
      }
      BigDecimal committed = refunds.stream().filter(r -> r.state() != ActionState.REJECTED)
          .map(RefundRecord::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
      return payment.amount().subtract(committed).max(BigDecimal.ZERO);
    }

    public boolean cancelPending() {
      return cancel.map(c -> !c.state().isFinal()).orElse(false);
    }

    /** A supervisor may cancel a payment that was or may have been charged, unless it was refunded or cancelled. */
    public boolean cancellable() {
      boolean charged = switch (payment.state()) {
        case SENDING, UNKNOWN, APPROVED -> true;
        default -> false;
      };
      return charged && refunds.stream().noneMatch(r -> r.state() != ActionState.REJECTED)
          && cancel.map(c -> c.state() == ActionState.REJECTED).orElse(true);
    }

    public boolean refundable(BigDecimal amount) {
      return amount.signum() > 0 && amount.compareTo(refundable()) <= 0;
    }

    private BigDecimal sum(ActionState state) {
      return refunds.stream().filter(r -> r.state() == state).map(RefundRecord::amount)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  /** The payments that match, newest first. */
  public List<Entry> search(PaymentFilter filter) {
    return search.find(filter).stream().map(this::entry).toList();
  }

  public Optional<Entry> entry(String partnerReferenceNo) {
    return journal.payments().find(partnerReferenceNo).map(this::entry);
  }

  /** Every SNAP call made for the payment (and its cancel and refunds), oldest first. */
  public List<CallRecord> calls(String partnerReferenceNo) {
    return journal.calls().of(partnerReferenceNo);
  }

  private Entry entry(PaymentRecord p) {
    return new Entry(p, journal.reversals().refunds(p.partnerReferenceNo()), journal.reversals().cancel(p.partnerReferenceNo()));
  }
}
