package id.cpmpos.terminal;

import id.cpmpos.journal.CallRecord;
import id.cpmpos.journal.PaymentFilter;
import java.util.List;
import java.util.Optional;

/** What the history screen reads ({@link PaymentHistory}): payments with what happened to them, and their calls. */
public interface PaymentLookup {
  /** Payments matching {@code filter}, the newest first, each with its refunds and cancel. */
  List<PaymentHistory.Entry> search(PaymentFilter filter);

  /** One payment with its refunds and cancel; empty when the journal has none by that reference. */
  Optional<PaymentHistory.Entry> entry(String partnerReferenceNo);

  /** Every call made to the provider for the payment, in order. */
  List<CallRecord> calls(String partnerReferenceNo);
}
