package id.cpmpos.terminal;

import id.cpmpos.journal.ActionState;
import id.cpmpos.journal.CancelRecord;
import id.cpmpos.journal.Journal;
import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.journal.RefundRecord;
import id.cpmpos.journal.ShiftStore;
import id.cpmpos.receipt.Receipt;
import java.util.Optional;

/**
 * Receipts rendered from the journal: a sale (or, once its cancel succeeded, the cancel), or one of
 * its refunds. Read-only; an unknown reference is bad input.
 */
public record Receipts(Journal journal, ShiftStore shifts,
    TerminalProfile profile) implements ReceiptSource {
  /** The receipt of a payment, or of its refund {@code partnerRefundNo} when not null. */
  public Receipt receipt(String partnerReferenceNo, String partnerRefundNo) throws InputProblem {
    PaymentRecord p = journal.payments()
        .find(partnerReferenceNo == null ? "" : partnerReferenceNo.strip())
        .orElseThrow(() -> new InputProblem("payment.unknown", partnerReferenceNo));
    if (partnerRefundNo != null) {
      RefundRecord r = journal.reversals().refund(partnerRefundNo.strip())
          .filter(x -> x.partnerReferenceNo().equals(p.partnerReferenceNo()))
          .orElseThrow(() -> new InputProblem("receipt.unknownRefund", partnerRefundNo,
              p.partnerReferenceNo()));
      return new Receipt(Receipt.Kind.REFUND, profile.merchantName(), profile.merchantLocation(),
          p.terminalId(),
          shifts.cashierOfRefund(r.partnerRefundNo()).orElse(null), r.updatedAt(), r.amount(),
          r.currency(),
          p.partnerReferenceNo(), p.referenceNo(), r.partnerRefundNo(), r.refundNo(),
          "REFUND_" + r.state().name(),
          p.training());
    }
    Optional<CancelRecord> cancel = journal.reversals().cancel(p.partnerReferenceNo())
        .filter(c -> c.state() == ActionState.SUCCEEDED);
    if (cancel.isPresent()) {
      return new Receipt(Receipt.Kind.CANCEL, profile.merchantName(), profile.merchantLocation(),
          p.terminalId(),
          shifts.cashierOfCancel(p.partnerReferenceNo()).orElse(null), cancel.get().updatedAt(),
          p.amount(),
          p.currency(), p.partnerReferenceNo(), p.referenceNo(), null, null, p.state().name(),
          p.training());
    }
    return new Receipt(Receipt.Kind.PAYMENT, profile.merchantName(), profile.merchantLocation(),
        p.terminalId(),
        shifts.cashierOfPayment(p.partnerReferenceNo()).orElse(null), p.createdAt(), p.amount(),
        p.currency(),
        p.partnerReferenceNo(), p.referenceNo(), null, null, p.state().name(), p.training());
  }
}
