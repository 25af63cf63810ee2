package id.cpmpos.ui;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.testing.SandboxFixture;
import id.cpmpos.testing.Terminals;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;

/**
 * The README's pictures of the settings screen, against a sandbox with a network receipt printer: a
 * supervisor session; the same screen right after the switch to English (no restart); the PIN
 * locked after five wrong ones. (The test-scan box needs the window's keyboard focus, which an X
 * display with no window manager does not give: its wedge burst is left to SettingsUiTest.)
 */
record SettingsShots(Shots shots) {
  void take(Path dir, ExecutorService background) throws Exception {
    SandboxFixture sandbox = new SandboxFixture(dir);
    sandbox.override("receipt.printer", "tcp:192.168.1.50:9100");
    TerminalContext terminal = TerminalContext.open(sandbox.config, Clock.systemUTC());
    Terminals.setPin(terminal);
    MainWindow window = Shots.fx(() -> CpmPosApp.mainWindow(terminal, background));
    shots.show(window, Shots.WIDTH, Shots.HEIGHT);
    shots.press(window, KeyCode.F4);
    unlock(window, Terminals.PIN);
    Shots.await(() -> shown(window, "#settings-save"));

    shots.shoot("settings-id", Shots.WIDTH, Shots.HEIGHT);

    Shots.fx(() -> {
      @SuppressWarnings("unchecked")
      ChoiceBox<String> language = (ChoiceBox<String>) window.lookup("#settings-language");
      language.setValue("en");
      return null;
    });
    shots.click(window, "#settings-save");
    // The screens are rebuilt in English: look them up in the window shown now.
    Shots.await(() -> shots.stage().getScene().lookup("#settings-notice") instanceof Label l
        && "Saved.".equals(l.getText()));
    shots.shoot("settings-en", Shots.WIDTH, Shots.HEIGHT);

    Node english = shots.stage().getScene().getRoot();
    shots.click(english, "#settings-lock");
    // Five wrong PINs, each counted aloud, then the right one: refused too while the PIN is locked.
    for (String pin : new String[]{"0000", "0000", "0000", "0000", "0000", Terminals.PIN}) {
      String before = Shots.fx(() -> problem(english));
      unlock(english, pin);
      Shots.await(() -> !problem(english).equals(before));
    }
    shots.shoot("pin-lockout", Shots.WIDTH, Shots.HEIGHT);
  }

  private static void unlock(Node window, String pin) throws Exception {
    Shots.await(() -> shown(window, "#settings-pin"));
    Shots.fx(() -> {
      ((PasswordField) window.lookup("#settings-pin")).setText(pin);
      return null;
    });
    Shots.click(window, "#settings-unlock");
  }

  /** On the FX thread. */
  private static String problem(Node window) {
    return ((Label) window.lookup("#settings-problem")).getText();
  }

  private static boolean shown(Node window, String selector) {
    Node n = window.lookup(selector);
    return n != null && n.isVisible();
  }
}
