package id.cpmpos.terminal;

import id.cpmpos.receipt.Receipt;

/** Where a screen gets a receipt to print ({@link Receipts}, from the journal). */
public interface ReceiptSource {
  /** The receipt of a payment, or of its refund {@code partnerRefundNo} when not null; an unknown one is bad input. */
  Receipt receipt(String partnerReferenceNo, String partnerRefundNo) throws InputProblem;
}
