package id.cpmpos.ui;

import id.cpmpos.boot.StartupProblems;
import id.cpmpos.boot.TerminalContext;
import id.cpmpos.config.ConfigException;
import id.cpmpos.i18n.Messages;
import id.cpmpos.journal.JournalException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the terminal from its configuration (or demo mode) and runs the GUI until it is closed. A
 * failure to start is one line on stderr saying what is missing and how to fix it, and exit status
 * 2; the stack trace goes to the support log only.
 */
public final class GuiLauncher {
  private static final Logger log = LoggerFactory.getLogger(GuiLauncher.class);
  private static final int CANNOT_START = 2;
  // Stack traces are logged at INFO: the support log file keeps them, stderr (WARN and up) does not.

  /** Held: java.util.logging keeps loggers weakly, and a collected one loses its filter. */
  private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

  private GuiLauncher() {}

  /**
   * JavaFX warns on every start that it was loaded from the class path rather than as modules, which
   * is how this jar runs it and is harmless; on a failed start it would stand before the one line
   * that matters. Only that message is dropped.
   */
  private static void quietClassPathWarning() {
    JAVAFX_LOG.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
  }

  private static void joinQuietly(Thread t) {
    try {
      t.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public static int launch(Path config) {
    return launch(config, System.getenv(), System.err);
  }

  static int launch(Path config, Map<String, String> env, PrintStream err) {
    // English until the configuration (and its ui.language) is read, as the CLI's own errors.
    Messages en = Messages.forLanguage("en");
    Optional<String> noDisplay = StartupProblems.noDisplay(env, System.getProperty("os.name", ""),
        System.getProperty("glass.platform"), en);
    if (noDisplay.isPresent()) {
      err.println(noDisplay.get());
      return CANNOT_START;
    }
    TerminalContext terminal;
    try {
      terminal = TerminalContext.open(config, Clock.systemUTC());
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
    try {
      terminal.startNotifyReceiver();
    } catch (java.io.IOException e) {
      log.info("the notify receiver cannot start (the one-line reason went to stderr)", e);
      err.println(StartupProblems.notifyFailed(e, terminal.config().notifyPort(), en));
      terminal.close();
      return CANNOT_START;
    }
    // Off the main thread, beside the toolkit's start rather than before it: wiring the provider's side
    // (HTTP client, TLS trust store), then the outbox (queries of unknown payments, queued cancels and
    // refunds; stopped by TerminalContext.close()), the chain replicator when configured, then the B2B
    // token, so the first payment does not wait.
    Thread warmUp = new Thread(() -> {
      terminal.sync().start();
      terminal.startChain();
      terminal.snap().warmUp();
    }, "terminal-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
    CpmPosApp.use(terminal);
    quietClassPathWarning();
    try {
      Application.launch(CpmPosApp.class);
    } catch (RuntimeException | LinkageError e) {
      log.info("the window toolkit cannot start (the one-line reason went to stderr)", e);
      err.println(StartupProblems.toolkitFailed(e, env, en));
      joinQuietly(warmUp); // closing under a token request in flight would log its failure as well
      terminal.close();
      return CANNOT_START;
    }
    return 0;
  }
}
