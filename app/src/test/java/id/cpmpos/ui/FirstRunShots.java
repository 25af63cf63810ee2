package id.cpmpos.ui;

import id.cpmpos.testing.SandboxFixture;
import id.cpmpos.ui.setup.FirstRunSetup;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/**
 * The README's pictures of a computer with no configuration: the two doors in both languages, then
 * the set-up wizard typed into as an installer would (English), against a sandbox on 127.0.0.1: the
 * keys page refusing a path with no file (the secret masked), and the connection test refused for a
 * wrong client secret. Nothing is installed: the wizard's files would go under the tour's directory.
 */
record FirstRunShots(Shots shots) {
  /** Not the sandbox's secret: the provider refuses the test's signature. */
  private static final String WRONG_SECRET = "not-the-issued-secret";

  void take(Path dir, ExecutorService background) throws Exception {
    FirstRunSetup setup = new FirstRunSetup(dir.resolve("home/.config/cpm-pos/terminal.properties"),
        dir.resolve("home/.local/share/cpm-pos/journal.db"),
        dir.resolve("home/.local/share/cpm-pos/demo/journal.db"),
        Files.createDirectories(dir.resolve("tmp")), Map.of(), Clock.systemUTC());
    Node screen = Shots.fx(() -> {
      CpmPosApp.showFirstRun(shots.stage(), setup, background, terminal -> {});
      shots.stage().setX(0);
      shots.stage().setY(0);
      return shots.stage().getScene().getRoot();
    });
    shots.shoot("first-run-doors-id", Shots.WIDTH, Shots.HEIGHT);
    shots.click(screen, "#lang-en");
    shots.shoot("first-run-doors-en", Shots.WIDTH, Shots.HEIGHT);

    // What the provider issued, on the installer's USB stick (here, beside the sandbox's configuration).
    SandboxFixture sandbox = new SandboxFixture(Files.createDirectories(dir.resolve("usb-stick")));
    Properties issued = new Properties();
    try (var in = Files.newBufferedReader(sandbox.config, StandardCharsets.UTF_8)) {
      issued.load(in);
    }
    Path stick = sandbox.config.getParent();
    shots.click(screen, "#door-setup");
    type(screen, "#setup-base-url", issued.getProperty("provider.baseUrl"));
    type(screen, "#setup-partner-id", issued.getProperty("partner.id"));
    type(screen, "#setup-client-key", issued.getProperty("client.key"));
    type(screen, "#setup-channel-id", issued.getProperty("channel.id"));
    shots.click(screen, "#setup-next");

    type(screen, "#setup-private-key", "/media/usb/partner-private.pem"); // the stick is elsewhere
    type(screen, "#setup-provider-key", stick.resolve("provider-public.pem").toString());
    type(screen, "#setup-client-secret", WRONG_SECRET);
    shots.click(screen, "#setup-next");
    Shots.await(() -> screen.lookup("#setup-private-key-error") instanceof Label l
        && l.isVisible() && !l.getText().isEmpty());
    shots.shoot("setup-wizard-keys", Shots.WIDTH, Shots.HEIGHT);

    type(screen, "#setup-private-key", stick.resolve("partner-private.pem").toString());
    shots.click(screen, "#setup-next");
    type(screen, "#setup-merchant-id", issued.getProperty("merchant.id"));
    type(screen, "#setup-sub-merchant-id", issued.getProperty("subMerchant.id"));
    type(screen, "#setup-store-id", issued.getProperty("externalStore.id"));
    type(screen, "#setup-terminal-id", "T0000007");
    type(screen, "#setup-merchant-name", "Toko Maju Jaya");
    type(screen, "#setup-merchant-location", "Jl. Sabang 12, Jakarta Pusat");
    shots.click(screen, "#setup-next");
    shots.click(screen, "#setup-test");
    Shots.await(() -> screen.lookup("#setup-result") instanceof Label l
        && l.getStyleClass().contains("setup-failed"));
    shots.shoot("setup-wizard-refused", Shots.WIDTH, Shots.HEIGHT);
  }

  private static void type(Node screen, String selector, String text) throws Exception {
    Shots.await(() -> screen.lookup(selector) instanceof TextField f && f.isVisible());
    Shots.fx(() -> {
      ((TextField) screen.lookup(selector)).setText(text);
      return null;
    });
  }
}
