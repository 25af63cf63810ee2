package id.cpmpos.terminal;

import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.scanner.ScannerDescription;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * What the checkout asks of the payment use case ({@link PaymentService}): pay a customer's code, and
 * look again at a payment whose outcome was not known. A screen can be tested against a small class
 * of its own instead of the journal and the provider.
 */
public interface Payments {
  /**
   * Pays {@code amountText} (the machine's notation, 12500.00) with the content a scanner read
   * ({@code scanner} null: typed or pasted). {@link InputProblem}: nothing written, nothing sent.
   */
  PaymentOutcome payScanned(String amountText, String qrContent, ScannerDescription scanner)
      throws InputProblem;

  /** The payment as the journal holds it now (the sync or a notify may have settled it since). */
  Optional<PaymentRecord> current(String partnerReferenceNo);

  /** When a pending payment's outcome will be certain (what the checkout counts down to). */
  OffsetDateTime outcomeCertainBy(PaymentRecord pending);
}
