package id.cpmpos.cli;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.journal.ShiftRecord;
import id.cpmpos.report.ReportText;
import id.cpmpos.terminal.InputProblem;
import id.cpmpos.terminal.Shifts;
import id.cpmpos.terminal.SupervisorPin;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code shift open --name NAME [--pin-stdin]}, {@code shift close}, {@code shift status}: the
 * cashier's shift. Every payment, cancel and refund records the shift open when it was asked for.
 * Exit 0, 2 when refused (a shift already open, none open, a wrong cashier PIN).
 */
@Command(name = "shift", mixinStandardHelpOptions = true, subcommands = {
    ShiftCommand.Open.class, ShiftCommand.Close.class, ShiftCommand.Status.class})
final class ShiftCommand {
  @Command(name = "open", mixinStandardHelpOptions = true)
  static final class Open extends TerminalCommand {
    @Option(names = "--name", required = true) String name;

    @Option(names = "--pin-stdin") boolean pinStdin;

    @Mixin JsonOutput output;

    @Override
    int run(TerminalContext terminal) throws Exception {
      char[] pin = pinStdin ? SupervisorPinInput.line(root().stdin) : null;
      try {
        print(output, terminal, terminal.shifts().open(name, pin), null);
        return ExitStatus.OK;
      } finally {
        SupervisorPin.wipe(pin);
      }
    }
  }

  @Command(name = "close", mixinStandardHelpOptions = true)
  static final class Close extends TerminalCommand {
    @Mixin JsonOutput output;

    @Override
    int run(TerminalContext terminal) throws InputProblem {
      Shifts.Summary summary = terminal.shifts().close();
      print(output, terminal, summary.shift(), summary);
      return ExitStatus.OK;
    }
  }

  @Command(name = "status", mixinStandardHelpOptions = true)
  static final class Status extends TerminalCommand {
    @Mixin JsonOutput output;

    @Override
    int run(TerminalContext terminal) {
      Optional<ShiftRecord> open = terminal.shifts().current();
      if (open.isPresent()) {
        print(output, terminal, open.get(), terminal.shifts().summary(open.get()));
      } else {
        output.print(() -> null, out -> out.println(terminal.messages().get("shift.none")));
      }
      return ExitStatus.OK;
    }
  }

  /** The --json shape of a shift: field names are a public contract. */
  static Map<String, Object> json(ShiftRecord s, Shifts.Summary summary) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("shiftId", s.id());
    m.put("cashier", s.cashier());
    m.put("openedAt", s.openedAt().toString());
    m.put("closedAt", s.closedAt() == null ? null : s.closedAt().toString());
    if (summary != null) {
      m.putAll(summary.totals().fields());
    }
    return m;
  }

  private static void print(JsonOutput output, TerminalContext terminal, ShiftRecord s,
      Shifts.Summary summary) {
    output.print(() -> json(s, summary), out -> {
      out.println(
          terminal.messages().get(s.isOpen() ? "shift.opened" : "shift.closed", s.id(), s.cashier(),
              s.openedAt().toString(), s.closedAt() == null ? "" : s.closedAt().toString()));
      if (summary != null) {
        StringBuilder b = new StringBuilder();
        ReportText.totals(b, summary.totals(), terminal.messages()::get, "  ");
        out.print(b);
      }
    });
  }
}
