package id.cpmpos.cli;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.journal.ShiftRecord;
import id.cpmpos.report.ReportText;
import id.cpmpos.terminal.InputProblem;
import id.cpmpos.terminal.Shifts;
import id.cpmpos.terminal.SupervisorPin;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code shift open --name NAME [--pin-stdin]}, {@code shift close}, {@code shift status}: the
 * cashier's shift. Every payment, cancel and refund records the shift open when it was asked for.
 * Exit 0, 2 when refused (a shift already open, none open, a wrong cashier PIN).
 */
@Command(name = "shift", mixinStandardHelpOptions = true, description = "Open, close or show the cashier's shift.",
    subcommands = {ShiftCommand.Open.class, ShiftCommand.Close.class, ShiftCommand.Status.class})
final class ShiftCommand {
  @ParentCommand CpmPosCommand parent;

  @Command(name = "open", mixinStandardHelpOptions = true, description = "Open a shift for a cashier.")
  static final class Open implements Callable<Integer> {
    @ParentCommand ShiftCommand shift;
    @Spec CommandSpec spec;

    @Option(names = "--name", required = true, description = "the cashier's name") String name;

    @Option(names = "--pin-stdin", description = "read the cashier's PIN (4-12 digits) from standard input; a new"
        + " cashier keeps it, a known one with a PIN must give it") boolean pinStdin;

    @Option(names = "--json", description = "print the shift as JSON") boolean json;

    @Override
    public Integer call() throws Exception {
      try (TerminalContext terminal = CpmPosCommand.open(shift.parent.config)) {
        char[] pin = pinStdin ? SupervisorPinInput.line(shift.parent.stdin) : null;
        try {
          ShiftRecord opened = terminal.shifts().open(name, pin);
          print(spec, json, terminal, opened, null);
          return ExitStatus.OK;
        } catch (InputProblem p) {
          spec.commandLine().getErr().println(terminal.messages().get(p.messageKey(), p.args()));
          return ExitStatus.BAD_INPUT;
        } finally {
          SupervisorPin.wipe(pin);
        }
      }
    }
  }

  @Command(name = "close", mixinStandardHelpOptions = true, description = "Close the open shift; print its summary.")
  static final class Close implements Callable<Integer> {
    @ParentCommand ShiftCommand shift;
    @Spec CommandSpec spec;

    @Option(names = "--json", description = "print the shift and its totals as JSON") boolean json;

    @Override
    public Integer call() throws Exception {
      try (TerminalContext terminal = CpmPosCommand.open(shift.parent.config)) {
        try {
          Shifts.Summary summary = terminal.shifts().close();
          print(spec, json, terminal, summary.shift(), summary);
          return ExitStatus.OK;
        } catch (InputProblem p) {
          spec.commandLine().getErr().println(terminal.messages().get(p.messageKey(), p.args()));
          return ExitStatus.BAD_INPUT;
        }
      }
    }
  }

  @Command(name = "status", mixinStandardHelpOptions = true, description = "Show the open shift and its totals so far.")
  static final class Status implements Callable<Integer> {
    @ParentCommand ShiftCommand shift;
    @Spec CommandSpec spec;

    @Option(names = "--json", description = "print the open shift (null if none) as JSON") boolean json;

    @Override
    public Integer call() throws Exception {
      try (TerminalContext terminal = CpmPosCommand.open(shift.parent.config)) {
        Optional<ShiftRecord> open = terminal.shifts().current();
        if (open.isEmpty()) {
          if (json) {
            Output.json(spec.commandLine().getOut(), null);
          } else {
            spec.commandLine().getOut().println(terminal.messages().get("shift.none"));
          }
          return ExitStatus.OK;
        }
        print(spec, json, terminal, open.get(), terminal.shifts().summary(open.get()));
        return ExitStatus.OK;
      }
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

  private static void print(CommandSpec spec, boolean json, TerminalContext terminal, ShiftRecord s,
      Shifts.Summary summary) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Output.json(out, json(s, summary));
      return;
    }
    out.println(terminal.messages().get(s.isOpen() ? "shift.opened" : "shift.closed", s.id(), s.cashier(),
        s.openedAt().toString(), s.closedAt() == null ? "" : s.closedAt().toString()));
    if (summary != null) {
      StringBuilder b = new StringBuilder();
      ReportText.totals(b, summary.totals(), terminal.messages()::get, "  ");
      out.print(b);
    }
    out.flush();
  }
}
