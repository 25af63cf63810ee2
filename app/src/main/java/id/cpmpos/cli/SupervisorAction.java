package id.cpmpos.cli;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.config.ConfigException;
import id.cpmpos.i18n.Messages;
import id.cpmpos.journal.ActionState;
import id.cpmpos.journal.JournalException;
import id.cpmpos.terminal.InputProblem;
import id.cpmpos.terminal.ReversalOutcome;
import id.cpmpos.terminal.SupervisorPin;
import java.io.IOException;
import picocli.CommandLine;

/** What cancel and refund share: the PIN's way in and out, the run, and how the outcome is printed. */
final class SupervisorAction {
  private SupervisorAction() {}

  /** The supervisor's action, given the terminal and the PIN (wiped afterwards, whatever happens). */
  interface Action {
    ReversalOutcome run(TerminalContext terminal, char[] pin) throws InputProblem;
  }

  static int run(CpmPosCommand root, CommandLine cli, SupervisorPinInput pinInput, String kind, boolean json,
      Action action) throws IOException, ConfigException {
    char[] pin = pinInput.read(root);
    try (TerminalContext terminal = CpmPosCommand.open(root.config)) {
      ReversalOutcome outcome;
      try {
        outcome = action.run(terminal, pin);
      } catch (InputProblem p) {
        cli.getErr().println(terminal.messages().get(p.messageKey(), p.args()));
        return ExitStatus.BAD_INPUT;
      } catch (JournalException e) {
        // Only before the request could leave (answers the journal refuses are held, not thrown).
        cli.getErr().println(terminal.messages().get("cli.journal.nothingSent",
            terminal.messages().get("journal.problem." + e.problem().name())));
        return ExitStatus.FAILED;
      }
      if (outcome.unrecorded() != null) {
        cli.getErr().println(terminal.messages().get(outcome.state() == ActionState.QUEUED ? "cli.journalQueued"
            : "cli.unrecorded",
            terminal.messages().get("journal.problem." + outcome.unrecorded().name())));
      }
      print(cli, terminal.messages(), kind, outcome, json);
      return ReversalJson.exitStatus(outcome);
    } finally {
      SupervisorPin.wipe(pin);
    }
  }

  static void print(CommandLine cli, Messages messages, String kind, ReversalOutcome o, boolean json) {
    if (json) {
      Output.json(cli.getOut(), ReversalJson.of(kind, o));
      return;
    }
    String label = messages.get(switch (o.state()) {
      case SUCCEEDED -> "cli.reversal.succeeded";
      case REJECTED -> "cli.reversal.rejected";
      default -> "cli.reversal.pending";
    });
    cli.getOut().printf("%s %s %s%n  partnerReferenceNo %s%n  payment %s %s %s%n  %s %s%n", label, kind, o.key(),
        o.payment().partnerReferenceNo(), o.payment().state(), o.payment().amount().toPlainString(),
        o.payment().currency(), o.responseCode() == null ? "-" : o.responseCode(),
        o.responseMessage() == null ? "" : o.responseMessage());
    cli.getOut().flush();
  }
}
