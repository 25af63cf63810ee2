package id.cpmpos.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code refund --ref PARTNER_REF --amount 5000.00 [--reason TEXT] [--pin-stdin] [--json]}. */
@Command(name = "refund", mixinStandardHelpOptions = true,
    description = "Refund part or all of a payment. Needs the supervisor PIN (--pin-stdin or CPM_POS_PIN).")
final class RefundCommand implements Callable<Integer> {
  @ParentCommand CpmPosCommand parent;
  @Spec CommandSpec spec;
  @Mixin SupervisorPinInput pinInput;

  @Option(names = "--ref", required = true, paramLabel = "PARTNER_REF", description = "the payment's partnerReferenceNo")
  String ref;

  @Option(names = "--amount", required = true, paramLabel = "AMOUNT", description = "e.g. 5000.00")
  String amount;

  @Option(names = "--reason", paramLabel = "TEXT", description = "why (sent to the provider)")
  String reason;

  @Option(names = "--json", description = "print one JSON object")
  boolean json;

  @Override
  public Integer call() throws Exception {
    return SupervisorAction.run(parent, spec.commandLine(), pinInput, "refund", json,
        (terminal, pin) -> terminal.reversals().refund(ref, amount, reason, pin));
  }
}
