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
  @Mixin ReversalOptions options;

  @Option(names = "--amount", required = true, paramLabel = "AMOUNT", description = "e.g. 5000.00")
  String amount;

  @Override
  public Integer call() throws Exception {
    return SupervisorAction.run(parent, spec.commandLine(), options.pin, "refund", options.json,
        (terminal, pin) -> terminal.reversals().refund(options.ref, amount, options.reason, pin));
  }
}
