package id.cpmpos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.testing.SandboxFixture;
import id.cpmpos.testing.UiStage;
import id.cpmpos.ui.setup.FirstRunSetup;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The GUI on a computer with no configuration, as CpmPosApp builds it: the two doors; Enter opens the
 * demo's checkout; the set-up wizard, typed into as an installer would, against the real sandbox on a
 * loopback port, with files in a temporary directory: a wrong client secret shows the provider's code
 * and meaning and saves nothing; the right answers install the configuration owner-only, set the PIN
 * and open the checkout in the same window.
 */
@ExtendWith(UiStage.class)
class FirstRunUiTest {
  @TempDir Path dir;
  Stage stage;
  FirstRunSetup setup;
  volatile TerminalContext opened;
  SandboxFixture fixture;
  final ExecutorService background = Executors.newFixedThreadPool(2);

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    setup = new FirstRunSetup(dir.resolve("home/.config/cpm-pos/terminal.properties"),
        dir.resolve("home/.local/share/cpm-pos/journal.db"),
        dir.resolve("home/.local/share/cpm-pos/demo/journal.db"),
        Files.createDirectories(dir.resolve("tmp")), Map.of(), Clock.systemUTC());
    CpmPosApp.showFirstRun(stage, setup, background, terminal -> opened = terminal);
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage)
        .forEach(Window::hide)); // the demo's phone
    background.shutdownNow();
    if (opened != null) {
      opened.close();
    }
    if (fixture != null) {
      fixture.close();
    }
  }

  static String doorTitle(FxRobot robot, String id) {
    return robot.lookup(id).lookup(".door-title").queryAs(Label.class).getText();
  }

  @Test
  void withNoConfigurationTheTwoDoorsAreShownAndEnterOpensTheDemo(FxRobot robot) {
    Button demo = robot.lookup("#door-demo").queryAs(Button.class);
    Button setUp = robot.lookup("#door-setup").queryAs(Button.class);
    assertTrue(demo.isVisible() && setUp.isVisible());
    assertTrue(demo.isDefaultButton(), "Enter opens the demo");
    assertFalse(setUp.isDefaultButton());
    assertTrue(demo.getHeight() >= 200 && setUp.getHeight() >= 200,
        "large targets: " + demo.getHeight());
    assertEquals("Coba demo", doorTitle(robot, "#door-demo"));
    assertEquals("Siapkan terminal ini", doorTitle(robot, "#door-setup"));
    assertEquals("Selamat datang di cpm-pos", stage.getTitle());

    robot.clickOn("#lang-en");
    assertEquals("Try the demo", doorTitle(robot, "#door-demo"));
    assertEquals("Set up this terminal", doorTitle(robot, "#door-setup"));
    assertEquals("Welcome to cpm-pos", stage.getTitle());
    assertFalse(Files.exists(setup.demoJournal().getParent()),
        "nothing of the demo is made before it is chosen");

    robot.type(KeyCode.ENTER);

    assertCheckoutShown(robot);
    assertTrue(opened.isDemo());
    assertTrue(robot.lookup("#demo-badge").tryQuery().isPresent());
    assertEquals("Pay", robot.lookup("#pay").queryAs(Button.class).getText(),
        "the demo in the language chosen");
    assertTrue(Files.exists(setup.demoJournal()));
    assertFalse(Files.exists(setup.configFile()), "the demo writes no configuration");
  }

  void assertCheckoutShown(FxRobot robot) {
    try {
      WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
          () -> robot.lookup("#amount").tryQuery().isPresent());
    } catch (TimeoutException e) {
      throw new AssertionError("no checkout; first-run problem: "
          + robot.lookup("#first-run-problem").tryQueryAs(Label.class).map(Label::getText)
              .orElse("-"),
          e);
    }
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(robot.lookup("#first-run").tryQuery().isEmpty(), "the first-run screen is gone");
    assertNotNull(opened);
  }

  /** Types what the provider (the sandbox) issued into the wizard's three pages, then reaches the test page. */
  Properties typeTheAnswers(FxRobot robot, String secret) throws Exception {
    return typeTheAnswers(robot, secret, "usb-stick");
  }

  /** The same, with the issued files in {@code stick} (a folder under the test's directory). */
  Properties typeTheAnswers(FxRobot robot, String secret, String stick) throws Exception {
    fixture = new SandboxFixture(Files.createDirectories(dir.resolve(stick)));
    Properties issued = new Properties();
    try (var in = Files.newBufferedReader(fixture.config, StandardCharsets.UTF_8)) {
      issued.load(in);
    }
    robot.clickOn("#lang-en");
    robot.clickOn("#door-setup");
    robot.clickOn("#setup-base-url").write(issued.getProperty("provider.baseUrl"));
    robot.clickOn("#setup-partner-id").write(issued.getProperty("partner.id"));
    robot.clickOn("#setup-client-key").write(issued.getProperty("client.key"));
    robot.clickOn("#setup-channel-id").write(issued.getProperty("channel.id")).type(KeyCode.ENTER);
    robot.clickOn("#setup-private-key")
        .write(fixture.config.resolveSibling("partner-private.pem").toString());
    robot.clickOn("#setup-provider-key")
        .write(fixture.config.resolveSibling("provider-public.pem").toString());
    robot.clickOn("#setup-client-secret").write(secret).type(KeyCode.ENTER);
    robot.clickOn("#setup-merchant-id").write(issued.getProperty("merchant.id"));
    robot.clickOn("#setup-terminal-id").write("T0000007");
    robot.clickOn("#setup-merchant-name").write("Toko Maju Jaya").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Step 4 of 5: Test the connection",
        robot.lookup("#setup-step").queryAs(Label.class).getText());
    return issued;
  }

  Label waitForResult(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
        () -> robot.lookup("#setup-result").tryQueryAs(Label.class)
            .map(l -> l.getStyleClass().contains("setup-failed")
                || l.getStyleClass().contains("setup-ok"))
            .orElse(false));
    WaitForAsyncUtils.waitForFxEvents(); // the rest of the answer's handling (the next page) on the FX thread
    return robot.lookup("#setup-result").queryAs(Label.class);
  }

  @Test
  void theSummaryNamesEveryFieldWholeBesideKeyFilesWithLongPaths(FxRobot robot) throws Exception {
    // A path as long as a desktop's USB mount point and a provider's folder names make it.
    typeTheAnswers(robot, "any-secret-value",
        "media/kasir/USB-DISK/keys-issued-by-the-provider/terminal-T0000007-december");

    List<String> cut = new ArrayList<>();
    for (Node n : robot.lookup(".setup-summary .label").queryAll()) {
      Integer column = GridPane.getColumnIndex(n);
      Label name = (Label) n;
      if ((column == null || column == 0) && !name.getText().equals(drawn(name))) {
        cut.add(drawn(name) + " of " + name.getText());
      }
    }
    assertEquals(List.of(), cut, "every field's name is drawn whole; its value wraps instead");
  }

  /** The text the label's skin draws: its text, or an ellipsised part of it when it does not fit. */
  static String drawn(Label label) {
    for (Node child : label.getChildrenUnmodifiable()) {
      if (child instanceof Text t) {
        return t.getText();
      }
    }
    return label.getText();
  }

  @Test
  void aWrongClientSecretShowsTheProvidersCodeAndMeaningAndWritesNoFile(FxRobot robot)
      throws Exception {
    typeTheAnswers(robot, "a-wrong-secret-value");

    robot.type(KeyCode.ENTER); // Test connection

    Label result = waitForResult(robot);
    assertTrue(result.getStyleClass().contains("setup-failed"));
    String text = result.getText();
    assertTrue(text.contains("check the client secret"), text);
    assertTrue(text.matches("(?s).*Provider's answer: 401\\d{4} .*What it means: \\S.*"), text);
    assertFalse(text.contains("a-wrong-secret-value"));
    assertFalse(Files.exists(setup.configFile().getParent()), "no configuration directory");
    assertFalse(Files.exists(setup.journal().getParent()), "no journal");
    try (Stream<Path> left = Files.list(setup.stagingRoot())) {
      assertEquals(0, left.count(), "the staged answers are gone");
    }
    assertTrue(robot.lookup("#setup-test").queryAs(Button.class).isFocused(), "Enter tries again");
  }

  @Test
  void theRightAnswersInstallOwnerOnlySetThePinAndOpenTheCheckout(FxRobot robot) throws Exception {
    Properties issued = typeTheAnswers(robot, "placeholder");
    // Back to the secret's page to type the right one, as an installer who misread it would.
    robot.clickOn("#setup-back").clickOn("#setup-back");
    robot.clickOn("#setup-client-secret").push(KeyCode.CONTROL, KeyCode.A)
        .write(issued.getProperty("client.secret"))
        .type(KeyCode.ENTER);
    robot.type(KeyCode.ENTER); // the merchant page, as typed before: Next
    robot.type(KeyCode.ENTER); // Test connection

    Label result = waitForResult(robot);
    assertTrue(result.getStyleClass().contains("setup-ok"), result.getText());
    Path config = setup.configFile();
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(config)));
    String written = Files.readString(config);
    assertFalse(written.contains(issued.getProperty("client.secret")),
        "the secret is not in the configuration");
    assertTrue(written.contains("client.secretFile="), written);

    robot.clickOn("#setup-pin").write("4829");
    robot.clickOn("#setup-pin-repeat").write("4829").type(KeyCode.ENTER);

    assertCheckoutShown(robot);
    assertFalse(opened.isDemo());
    assertEquals("T0000007", opened.config().merchant().terminalId());
    assertTrue(robot.lookup("#demo-badge").tryQuery().isEmpty());
    opened.supervisorPin().check("4829".toCharArray()); // throws unless the PIN is set and is this one
    assertEquals("Toko Maju Jaya", opened.config().merchant().name());
  }
}
