package id.cpmpos.ui;

import id.cpmpos.boot.StartupProblems;
import id.cpmpos.boot.TerminalContext;
import id.cpmpos.config.ConfigException;
import id.cpmpos.config.ConfigPaths;
import id.cpmpos.i18n.Messages;
import id.cpmpos.journal.JournalException;
import id.cpmpos.ui.setup.FirstRunSetup;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the terminal from its configuration (or demo mode; with neither, the first-run screen) and runs
 * the GUI until it is closed. A failure to start is one line on stderr saying what is missing and how
 * to fix it, and exit status 2; the stack trace goes to the support log only.
 */
public final class GuiLauncher {
  private static final Logger log = LoggerFactory.getLogger(GuiLauncher.class);
  private static final int CANNOT_START = 2;
  // Stack traces are logged at INFO: the support log file keeps them, stderr (WARN and up) does not.

  /** Held: java.util.logging keeps loggers weakly, and a collected one loses its filter. */
  private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger
      .getLogger("javafx");

  private GuiLauncher() {}

  /**
   * JavaFX warns on every start that it was loaded from the class path rather than as modules, which
   * is how this jar runs it and is harmless; on a failed start it would stand before the one line
   * that matters. Only that message is dropped.
   */
  private static void quietClassPathWarning() {
    JAVAFX_LOG.setFilter(r -> r.getMessage() == null
        || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
  }

  private static void joinQuietly(Thread t) {
    try {
      t.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public static int launch(Path config, boolean demo) {
    return launch(config, demo, System.getenv(), System.err);
  }

  static int launch(Path config, Map<String, String> env, PrintStream err) {
    return launch(config, false, env, err);
  }

  /**
   * @param config the configuration named by --config; null for the default one, and when that does not
   *     exist either, the first-run screen (try the demo, or set this terminal up)
   * @param demo demo mode whatever configuration exists (--demo)
   */
  static int launch(Path config, boolean demo, Map<String, String> env, PrintStream err) {
    // English until the configuration (and its ui.language) is read, as the CLI's own errors.
    Messages en = Messages.forLanguage("en");
    Optional<String> noDisplay = StartupProblems.noDisplay(env, System.getProperty("os.name", ""),
        System.getProperty("glass.platform"), en);
    if (noDisplay.isPresent()) {
      err.println(noDisplay.get());
      return CANNOT_START;
    }
    if (!demo && config == null && !Files.exists(ConfigPaths.defaultConfigFile())) {
      // Nothing is opened before the toolkit: the demo's keys, sandbox and journal are made only if
      // the person at the screen chooses the demo.
      return launchToolkit(
          new CpmPosApp.Opening.FirstRun(FirstRunSetup.defaults(env, Clock.systemUTC())), null,
          null,
          env, err, en);
    }
    TerminalContext terminal;
    try {
      terminal = demo
          ? TerminalContext.demo(Clock.systemUTC(), TerminalContext.defaultDemoJournal())
          : TerminalContext.open(config, Clock.systemUTC());
    } catch (ConfigException e) {
      err.println(en.get("cli.config.error", e.getMessage()));
      return CANNOT_START;
    } catch (JournalException e) {
      log.info("the journal cannot be opened (the one-line reason went to stderr)", e);
      err.println(en.get("startup.journal", StartupProblems.rootMessage(e)));
      return CANNOT_START;
    } catch (RuntimeException e) {
      log.info("the terminal cannot start (the one-line reason went to stderr)", e);
      err.println(en.get("startup.failed", StartupProblems.rootMessage(e)));
      return CANNOT_START;
    }
    Thread warmUp;
    try {
      warmUp = startServices(terminal);
    } catch (IOException e) {
      log.info("the notify receiver cannot start (the one-line reason went to stderr)", e);
      err.println(StartupProblems.notifyFailed(e, terminal.config().notifyReceiver().port(), en));
      terminal.close();
      return CANNOT_START;
    }
    return launchToolkit(new CpmPosApp.Opening.Terminal(terminal), terminal, warmUp, env, err, en);
  }

  /**
   * What a long-running terminal starts besides its window: the notify receiver (its failure is the
   * caller's to report), then, off the caller's thread and beside the toolkit's start rather than
   * before it, the provider's side (HTTP client, TLS trust store), the outbox (queries of unknown
   * payments, queued cancels and refunds; stopped by TerminalContext.close()), the chain replicator
   * when configured, then the B2B token, so the first payment does not wait. Also used when the
   * first-run screen opens a terminal.
   */
  public static Thread startServices(TerminalContext terminal) throws IOException {
    terminal.startNotifyReceiver();
    Thread warmUp = new Thread(() -> {
      terminal.sync().start();
      terminal.startChain();
      terminal.snap().warmUp();
    }, "terminal-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
    return warmUp;
  }

  /** Runs the toolkit until the window closes; a toolkit that cannot start is one line and status 2. */
  private static int launchToolkit(CpmPosApp.Opening opening, TerminalContext terminal,
      Thread warmUp,
      Map<String, String> env, PrintStream err, Messages en) {
    quietClassPathWarning();
    try {
      CpmPosApp.launch(opening);
    } catch (RuntimeException | LinkageError e) {
      log.info("the window toolkit cannot start (the one-line reason went to stderr)", e);
      err.println(StartupProblems.toolkitFailed(e, env, en));
      if (terminal != null) {
        joinQuietly(warmUp); // closing under a token request in flight would log its failure as well
        terminal.close();
      }
      return CANNOT_START;
    }
    return 0;
  }
}
