package id.cpmpos.cli;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.boot.Version;
import id.cpmpos.config.ConfigException;
import id.cpmpos.i18n.Messages;
import id.cpmpos.journal.JournalException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cpm-pos [--config FILE] [COMMAND]}: without a command, the GUI; with one, the CLI, which
 * never starts the JavaFX toolkit.
 */
@Command(name = "cpm-pos", mixinStandardHelpOptions = true,
    versionProvider = CpmPosCommand.VersionProvider.class, resourceBundle = "id.cpmpos.cli.CliHelp",
    subcommands = {
        PayCommand.class, QueryCommand.class, CancelCommand.class, RefundCommand.class,
        SetPinCommand.class,
        SyncCommand.class, JournalCommand.class, ReportCommand.class, ShiftCommand.class,
        ReceiptCommand.class,
        ScanCommand.class, SandboxCommand.class, WalletCommand.class, DoctorCommand.class,
        HqCommand.class,
        SupportBundleCommand.class, SetupCommand.class})
public final class CpmPosCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--config", paramLabel = "FILE",
      scope = CommandLine.ScopeType.INHERIT) Path config;

  @Option(names = "--demo") boolean demo;

  /** Standard input and the environment, injectable so tests can give a PIN the way a script does. */
  BufferedReader stdin;
  Map<String, String> env;

  /** Starts the GUI: the configuration given (null: the default one, else the first-run screen), or demo mode. */
  @FunctionalInterface
  public interface Gui {
    int launch(Path config, boolean demo);
  }

  /** Given by the launcher, so this package needs no JavaFX; none for the CLI's own callers (tests, scripts). */
  private static final Gui NO_GUI = (path, demo) -> {
    throw new IllegalStateException("no GUI launcher given");
  };

  Gui gui = NO_GUI;

  @Override
  public Integer call() {
    if (demo && config != null) {
      spec.commandLine().getErr().println(CliCommand.console().get("cli.demoAndConfig"));
      return ExitStatus.BAD_INPUT;
    }
    return gui.launch(config, demo);
  }

  /** Standard streams in the console's encoding (the platform's, named once here); no command opens {@code gui}. */
  public static int run(Gui gui, String... args) {
    Charset console = Charset.defaultCharset();
    return run(gui, new BufferedReader(new InputStreamReader(System.in, console)), System.getenv(),
        new PrintWriter(new OutputStreamWriter(System.out, console), true),
        new PrintWriter(new OutputStreamWriter(System.err, console), true), args);
  }

  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())),
        System.getenv(), out,
        err, args);
  }

  public static int run(BufferedReader stdin, Map<String, String> env, PrintWriter out,
      PrintWriter err,
      String... args) {
    return run(NO_GUI, stdin, env, out, err, args);
  }

  private static int run(Gui gui, BufferedReader stdin, Map<String, String> env, PrintWriter out,
      PrintWriter err,
      String... args) {
    CpmPosCommand root = new CpmPosCommand();
    root.gui = gui;
    root.stdin = stdin;
    root.env = env;
    CommandLine cli = new CommandLine(root);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof ConfigException c) {
        commandLine.getErr()
            .println(CliCommand.console().get("cli.config.error", c.getMessage()));
        return ExitStatus.BAD_INPUT;
      }
      if (e instanceof BindException b) { // sandbox --port, or sync's notify receiver
        commandLine.getErr()
            .println(CliCommand.console().get("cli.portInUse", b.getMessage()));
        return ExitStatus.BAD_INPUT;
      }
      if (e instanceof JournalException j) {
        Messages messages = CliCommand.console();
        commandLine.getErr()
            .println(messages.get("cli.journal.error",
                messages.get("journal.problem." + j.problem().name()),
                j.getMessage()));
        return ExitStatus.FAILED;
      }
      throw e;
    });
    cli.setParameterExceptionHandler(CpmPosCommand::parameterProblem);
    cli.setExitCodeExceptionMapper(e -> ExitStatus.BAD_INPUT);
    return cli.execute(args);
  }

  /**
   * A command line that does not parse. Picocli's own message repeats every argument it did not
   * understand, and one may be a secret (a PIN typed as {@code --pin 482913}, which is refused as an
   * option): only option names are repeated, other values are shown as an ellipsis.
   */
  private static int parameterProblem(CommandLine.ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched)) {
      err.println(e.getMessage());
      e.getCommandLine().usage(err);
      return ExitStatus.BAD_INPUT;
    }
    Messages messages = CliCommand.console();
    List<String> shown = new ArrayList<>();
    boolean pin = false;
    for (String arg : unmatched.getUnmatched()) {
      boolean option = arg.startsWith("-") && arg.length() > 1 && !Character.isDigit(arg.charAt(1));
      String name = option ? arg.split("=", 2)[0] : "…";
      pin |= option && name.toLowerCase(Locale.ROOT).contains("pin");
      shown.add(name);
    }
    err.println(messages.get("cli.unmatched", String.join(" ", shown),
        e.getCommandLine().getCommandSpec().qualifiedName()));
    if (pin) {
      err.println(messages.get("cli.pin.argument"));
    } else if (!unmatched.getSuggestions().isEmpty()) {
      err.println(messages.get("cli.suggestions", String.join(", ", unmatched.getSuggestions())));
    }
    return ExitStatus.BAD_INPUT;
  }

  /** Opens the terminal for a subcommand, with the inherited {@code --config}. */
  static TerminalContext open(Path config) throws ConfigException {
    return TerminalContext.open(config, Clock.systemUTC());
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[]{Version.describe()};
    }
  }
}
