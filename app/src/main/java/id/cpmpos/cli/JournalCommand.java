package id.cpmpos.cli;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.journal.PaymentRecord;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code journal [--json]}: the most recent payments, newest first; {@code journal verify}: the audit check. */
@Command(name = "journal", mixinStandardHelpOptions = true, description = "List the journal's payments, newest first.",
    subcommands = JournalVerifyCommand.class)
final class JournalCommand implements Callable<Integer> {
  @ParentCommand CpmPosCommand parent;
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "print a JSON array")
  boolean json;

  @Option(names = "--limit", defaultValue = "100", description = "at most this many rows (default ${DEFAULT-VALUE})")
  int limit;

  @Override
  public Integer call() throws Exception {
    try (TerminalContext terminal = CpmPosCommand.open(parent.config)) {
      List<PaymentRecord> rows = terminal.journal().payments(limit);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Output.json(out, rows.stream().map(PaymentJson::of).toList());
      } else {
        out.printf("%-25s %-10s %16s %-3s %-2s %-8s %s%n", "created", "state", "amount", "cur", "st", "code",
            "partnerReferenceNo");
        for (PaymentRecord r : rows) {
          out.printf("%-25s %-10s %16s %-3s %-2s %-8s %s%n", r.createdAt(), r.state(), r.amount().toPlainString(),
              r.currency(), r.latestTransactionStatus(), r.responseCode() == null ? "-" : r.responseCode(),
              r.partnerReferenceNo());
        }
        out.flush();
      }
      return ExitStatus.OK;
    }
  }
}
