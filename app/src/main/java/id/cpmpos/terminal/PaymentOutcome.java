package id.cpmpos.terminal;

import id.cpmpos.journal.JournalException;
import id.cpmpos.journal.PaymentRecord;

/**
 * What a payment attempt came to, as the cashier and the CLI must treat it. Each carries the
 * journal row as it stands after the attempt.
 */
public sealed interface PaymentOutcome {
  PaymentRecord record();

  /** Paid. Hand the goods over; print the receipt. */
  record Approved(PaymentRecord record) implements PaymentOutcome {}

  /** Refused by the provider; nothing was charged. {@code record.responseMessage()} says why. */
  record Declined(PaymentRecord record) implements PaymentOutcome {}

  /**
   * The provider may have charged the customer. The sync worker queries until it knows; never pay
   * again. {@code unrecorded} is set when the provider answered but the journal refused to record
   * it: the answer is held in memory ({@code record} shows it, as pending) and written when the
   * journal accepts it.
   */
  record Pending(PaymentRecord record, String reason,
      JournalException.Problem unrecorded) implements PaymentOutcome {
    public Pending(PaymentRecord record, String reason) {
      this(record, reason, null);
    }
  }

  /**
   * The provider never booked it: it did not know the payment even after the request had expired.
   * The customer was not charged; not a decline. A new QR may be scanned.
   */
  record NotCharged(PaymentRecord record) implements PaymentOutcome {}

  /** Nothing reached the provider; the customer was not charged and may be asked to scan again. */
  record NotSent(PaymentRecord record, String reason) implements PaymentOutcome {}
}
