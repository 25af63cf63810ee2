package id.cpmpos.cli;

import picocli.CommandLine.Option;

/**
 * {@code --ref PARTNER_REF}: the payment a command works on ({@code query}, {@code receipt},
 * {@code cancel}, {@code refund}), named by the reference the terminal gave it.
 */
final class PaymentReference {
  @Option(names = "--ref", required = true, paramLabel = "PARTNER_REF",
      descriptionKey = "payment.ref") String partnerReferenceNo;
}
