package id.cpmpos.cli;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.boot.Version;
import id.cpmpos.config.ConfigException;
import id.cpmpos.i18n.Messages;
import id.cpmpos.journal.JournalException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cpm-pos [--config FILE] [COMMAND]}: without a command, the GUI; with one, the CLI, which
 * never starts the JavaFX toolkit.
 */
@Command(name = "cpm-pos", mixinStandardHelpOptions = true, versionProvider = CpmPosCommand.VersionProvider.class,
    description = "QRIS CPM point-of-sale terminal. Without a command it opens the checkout screen.",
    subcommands = {PayCommand.class, QueryCommand.class, CancelCommand.class, RefundCommand.class, SetPinCommand.class,
        SyncCommand.class, JournalCommand.class, ReportCommand.class, ShiftCommand.class, ScanCommand.class,
        SandboxCommand.class, WalletCommand.class, HqCommand.class},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:final success", "1:final failure (declined, rejected, not sent)",
        "2:bad input or configuration (nothing written, nothing sent)",
        "3:outcome pending (the journal holds it; the sync will finish it)"})
public final class CpmPosCommand implements Callable<Integer> {

  @Option(names = "--config", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
      description = "terminal.properties (default: the per-user config directory; none there = demo mode)")
  Path config;

  /** Standard input and the environment, injectable so tests can give a PIN the way a script does. */
  java.io.BufferedReader stdin;
  java.util.Map<String, String> env;

  /** Starts the GUI; set by the launcher so this package needs no JavaFX. */
  static java.util.function.Function<Path, Integer> gui = path -> {
    throw new IllegalStateException("no GUI launcher installed");
  };

  public static void installGui(java.util.function.Function<Path, Integer> launcher) {
    gui = launcher;
  }

  @Override
  public Integer call() {
    return gui.apply(config);
  }

  public static int run(String... args) {
    return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
  }

  public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    return run(new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
        java.nio.charset.Charset.defaultCharset())), System.getenv(), out, err, args);
  }

  public static int run(java.io.BufferedReader stdin, java.util.Map<String, String> env, java.io.PrintWriter out,
      java.io.PrintWriter err, String... args) {
    CpmPosCommand root = new CpmPosCommand();
    root.stdin = stdin;
    root.env = env;
    CommandLine cli = new CommandLine(root);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof ConfigException c) {
        commandLine.getErr().println(Messages.forLanguage("en").get("cli.config.error", c.getMessage()));
        return ExitStatus.BAD_INPUT;
      }
      if (e instanceof JournalException j) {
        commandLine.getErr().println(Messages.forLanguage("en").get("cli.journal.error", j.getMessage()));
        return ExitStatus.FAILED;
      }
      throw e;
    });
    cli.setExitCodeExceptionMapper(e -> ExitStatus.BAD_INPUT);
    return cli.execute(args);
  }

  /** Opens the terminal for a subcommand, with the inherited {@code --config}. */
  static TerminalContext open(Path config) throws ConfigException {
    return TerminalContext.open(config, Clock.systemUTC());
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"cpm-pos " + Version.get()};
    }
  }
}
