package id.cpmpos.terminal;

/**
 * What the screens ask of the reversal use case ({@link Reversals}): a supervisor's cancel or refund
 * behind the PIN, and the cashier abandoning a payment whose outcome is unknown.
 */
public interface PaymentReversals {
  /** Cancels (voids) a payment; the PIN is checked first. */
  ReversalOutcome cancel(String ref, String reason, char[] supervisorPin) throws InputProblem;

  /** Refunds {@code amountText} (the machine's notation) of a payment; the PIN is checked first. */
  ReversalOutcome refund(String ref, String amountText, String reason, char[] supervisorPin)
      throws InputProblem;

  /** Queues a cancel of a payment whose outcome is unknown, in case it went through after all. */
  void abandon(String ref) throws InputProblem;
}
