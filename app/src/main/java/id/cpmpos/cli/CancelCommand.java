package id.cpmpos.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cancel --ref PARTNER_REF [--reason TEXT] [--pin-stdin] [--json]}: a supervisor reverses a sale. */
@Command(name = "cancel", mixinStandardHelpOptions = true,
    description = "Cancel (void) a payment. Needs the supervisor PIN (--pin-stdin or CPM_POS_PIN).")
final class CancelCommand implements Callable<Integer> {
  @ParentCommand CpmPosCommand parent;
  @Spec CommandSpec spec;
  @Mixin ReversalOptions options;

  @Override
  public Integer call() throws Exception {
    return SupervisorAction.run(parent, spec.commandLine(), options.pin, "cancel", options.json,
        (terminal, pin) -> terminal.reversals().cancel(options.ref, options.reason, pin));
  }
}
