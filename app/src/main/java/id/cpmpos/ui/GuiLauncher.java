package id.cpmpos.ui;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.config.ConfigException;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;

/** Opens the terminal from its configuration (or demo mode) and runs the GUI until it is closed. */
public final class GuiLauncher {
  private GuiLauncher() {}

  public static int launch(Path config) {
    TerminalContext terminal;
    try {
      terminal = TerminalContext.open(config, Clock.systemUTC());
    } catch (ConfigException e) {
      System.err.println("Configuration error: " + e.getMessage());
      return 2;
    }
    try {
      terminal.startNotifyReceiver();
    } catch (java.io.IOException e) {
      System.err.println("The notify receiver could not start: " + e.getMessage());
      terminal.close();
      return 2;
    }
    // The outbox: queries of unknown payments, queued cancels and refunds; stopped by TerminalContext.close().
    terminal.sync().start();
    terminal.startChain();
    // Fetch the B2B token now, off the FX thread, so the first payment does not wait for it.
    Thread warmUp = new Thread(() -> terminal.snap().warmUp(), "token-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
    CpmPosApp.use(terminal);
    Application.launch(CpmPosApp.class);
    return 0;
  }
}
