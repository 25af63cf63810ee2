package id.cpmpos.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What {@code cancel} and {@code refund} share: the payment, the reason, the supervisor's PIN and the output. */
final class ReversalOptions {
  @Mixin SupervisorPinInput pin;

  @Option(names = "--ref", required = true, paramLabel = "PARTNER_REF", description = "the payment's partnerReferenceNo")
  String ref;

  @Option(names = "--reason", paramLabel = "TEXT", description = "why (sent to the provider)")
  String reason;

  @Option(names = "--json", description = "print one JSON object")
  boolean json;
}
