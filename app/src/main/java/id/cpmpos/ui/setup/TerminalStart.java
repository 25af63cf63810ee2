package id.cpmpos.ui.setup;

import id.cpmpos.boot.TerminalContext;
import java.io.IOException;

/**
 * Starts what a terminal opened from the first-run screen runs besides its window (the notify
 * receiver, the outbox, the token's warm-up), off the FX thread, before the checkout is shown.
 */
@FunctionalInterface
public interface TerminalStart {
  void start(TerminalContext terminal) throws IOException;
}
