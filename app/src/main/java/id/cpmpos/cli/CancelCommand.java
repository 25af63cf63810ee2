package id.cpmpos.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cancel --ref PARTNER_REF [--reason TEXT] [--pin-stdin] [--json]}: a supervisor reverses a sale. */
@Command(name = "cancel", mixinStandardHelpOptions = true,
    description = "Cancel (void) a payment. Needs the supervisor PIN (--pin-stdin or CPM_POS_PIN).")
final class CancelCommand implements Callable<Integer> {
  @ParentCommand CpmPosCommand parent;
  @Spec CommandSpec spec;
  @Mixin SupervisorPinInput pinInput;

  @Option(names = "--ref", required = true, paramLabel = "PARTNER_REF", description = "the payment's partnerReferenceNo")
  String ref;

  @Option(names = "--reason", paramLabel = "TEXT", description = "why (sent to the provider)")
  String reason;

  @Option(names = "--json", description = "print one JSON object")
  boolean json;

  @Override
  public Integer call() throws Exception {
    return SupervisorAction.run(parent, spec.commandLine(), pinInput, "cancel", json,
        (terminal, pin) -> terminal.reversals().cancel(ref, reason, pin));
  }
}
