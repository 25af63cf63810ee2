package id.cpmpos.cli;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.i18n.Messages;
import id.cpmpos.journal.AuditProblem;
import id.cpmpos.journal.AuditReport;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code journal verify [--json]}: checks the audit log's hash chain and every audited row against
 * its latest entry. Exit 0 intact, 1 broken (the first broken entry or row is named), 2 bad usage
 * or configuration.
 */
@Command(name = "verify", mixinStandardHelpOptions = true)
final class JournalVerifyCommand extends TerminalCommand {
  /** Text mode lists at most this many problems after the first; --json lists them all. */
  private static final int MORE_SHOWN = 20;

  @Mixin JsonOutput output;

  @Override
  int run(TerminalContext terminal) {
    AuditReport report = terminal.verifyJournal();
    output.print(() -> json(report), out -> text(out, report, terminal.messages()));
    return report.intact() ? ExitStatus.OK : ExitStatus.FAILED;
  }

  /** The --json shape: field names are a public contract, add but never rename. */
  static Map<String, Object> json(AuditReport report) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("intact", report.intact());
    m.put("entries", report.entries());
    m.put("head", report.head());
    m.put("firstBroken", report.firstBroken().map(JournalVerifyCommand::json).orElse(null));
    m.put("problems", report.problems().stream().map(JournalVerifyCommand::json).toList());
    return m;
  }

  private static Map<String, Object> json(AuditProblem p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("problem", p.kind().name());
    m.put("seq", p.seq());
    m.put("entity", p.entity());
    m.put("key", p.key());
    return m;
  }

  private static void text(PrintWriter out, AuditReport report, Messages messages) {
    if (report.intact()) {
      out.println(messages.get("verify.intact", report.entries(),
          report.head() == null ? "-" : report.head()));
    } else {
      List<AuditProblem> problems = report.problems();
      out.println(messages.get("verify.broken", problems.size(), report.entries()));
      out.println(messages.get("verify.first", describe(problems.get(0), messages)));
      problems.stream().skip(1).limit(MORE_SHOWN)
          .forEach(p -> out.println("  " + describe(p, messages)));
      if (problems.size() > 1 + MORE_SHOWN) {
        out.println(messages.get("verify.more", problems.size() - 1 - MORE_SHOWN));
      }
    }
  }

  private static String describe(AuditProblem p, Messages messages) {
    return messages.get("verify." + p.kind().name(),
        p.seq() == null ? "-" : String.valueOf(p.seq()), p.entity(),
        p.key());
  }
}
