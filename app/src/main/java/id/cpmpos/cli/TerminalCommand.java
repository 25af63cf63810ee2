package id.cpmpos.cli;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.i18n.Messages;
import id.cpmpos.journal.JournalException;
import id.cpmpos.terminal.InputProblem;

/**
 * A subcommand that works on the opened terminal. Bad input ends it one way: the problem's
 * localised message on stderr and exit 2, with nothing written and nothing sent.
 */
abstract class TerminalCommand extends CliCommand {
  /** The command's work on the open terminal (closed afterwards); an {@link InputProblem} is refused. */
  abstract int run(TerminalContext terminal) throws Exception;

  @Override
  public Integer call() throws Exception {
    try (TerminalContext terminal = CpmPosCommand.open(root().config)) {
      try {
        return run(terminal);
      } catch (InputProblem p) {
        err().println(terminal.messages().get(p.messageKey(), p.args()));
        return ExitStatus.BAD_INPUT;
      }
    }
  }

  /**
   * The journal refused the write-ahead row of a request, so the request never left: final, and
   * said so. (Answers the journal refuses after sending are held by the services, never thrown.)
   */
  int nothingSent(Messages messages, JournalException e) {
    err().println(messages.get("cli.journal.nothingSent",
        messages.get("journal.problem." + e.problem().name())));
    return ExitStatus.FAILED;
  }
}
