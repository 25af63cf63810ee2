package id.cpmpos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.sandbox.Scenario;
import id.cpmpos.terminal.PaymentOutcome.Approved;
import id.cpmpos.testing.SandboxFixture;
import id.cpmpos.testing.Terminals;
import id.cpmpos.testing.UiStage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The checkout and the history laid out at the smallest supported window (800×600) and at full HD
 * (1920×1080), with the real stylesheet, in Bahasa Indonesia (demo mode, with its header) and in
 * English: no text a cashier reads is cut ("Dikembali…"), nothing lies beyond the window's right
 * edge, and the references a customer quotes are shown whole and in view.
 */
@ExtendWith(UiStage.class)
class LayoutUiTest {
  static final double[][] SIZES = {{800, 600}, {1920, 1080}};

  @TempDir static Path dir;
  Stage stage;
  TerminalContext terminal;
  SandboxFixture fixture;
  ExecutorService background = Executors.newSingleThreadExecutor();

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @AfterEach
  void stop() {
    background.shutdownNow();
    if (terminal != null) {
      terminal.close();
    }
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void bahasaIndonesiaInDemoModeFitsFrom800x600ToFullHd(FxRobot robot) throws Exception {
    terminal = TerminalContext.demo(Clock.systemUTC(),
        Files.createTempDirectory(dir, "demo").resolve("journal.db"));
    checkEverySize(robot, "id", () -> {
      try {
        return terminal.wallet().generate(Scenario.APPROVE).content();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }

  @Test
  void englishFitsFrom800x600ToFullHd(FxRobot robot) throws Exception {
    fixture = new SandboxFixture(Files.createTempDirectory(dir, "en"));
    fixture.override("ui.language", "en");
    terminal = TerminalContext.open(fixture.config, Clock.systemUTC());
    checkEverySize(robot, "en", fixture::customerQr);
  }

  private void checkEverySize(FxRobot robot, String language, Supplier<String> qr)
      throws Exception {
    Terminals.setPin(terminal);
    // History: a sale refunded in part (the widest row: refunded, pending, both references).
    String refunded = payInBackground(qr.get(), "1250000");
    terminal.reversals().refund(refunded, "250000.50", "returned", Terminals.PIN.toCharArray());

    MainWindow window = CpmPosApp.mainWindow(terminal, background);
    robot.interact(() -> {
      stage.setScene(CpmPosApp.scene(window, SIZES[0][0], SIZES[0][1]));
      stage.show();
      stage.requestFocus(); // Monocle on JavaFX 20+ does not focus a shown stage by itself
    });
    // The checkout showing an approval: the provider's reference is what the customer quotes.
    robot.clickOn("#amount").write("10.000.000").type(KeyCode.ENTER);
    TextField scan = robot.lookup("#scan").queryAs(TextField.class);
    String code = qr.get();
    robot.interact(() -> scan.setText(code));
    robot.clickOn("#scan").type(KeyCode.ENTER);
    String approved = terminal.messages().get("checkout.approved");
    Label headline = robot.lookup("#headline").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> approved.equals(headline.getText()));
    String providerRef = terminal.journal().payments().recent(1).get(0).referenceNo();

    for (double[] size : SIZES) {
      resize(robot, size);
      shoot(window, language + "-checkout-" + (int) size[0]);
      assertFits(window, language + " checkout at " + (int) size[0] + "x" + (int) size[1]);
      Label detail = robot.lookup("#detail").queryAs(Label.class);
      assertTrue(shownText(detail).contains(providerRef),
          "the reference, whole: " + shownText(detail));
      assertOnOneLine(detail, providerRef);
      assertOnOneLine(detail, partnerRefOfLongest()); // a pending sale's detail names the 32-character one
      assertInView(detail, "the reference at " + (int) size[0]);
    }

    robot.type(KeyCode.F2);
    @SuppressWarnings("unchecked")
    TableView<Object> table = robot.lookup("#history-table").queryAs(TableView.class);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
    robot.interact(() -> table.getSelectionModel().select(1));
    String partnerRef = terminal.journal().payments().find(refunded).orElseThrow()
        .partnerReferenceNo();
    String refundedProviderRef = terminal.journal().payments().find(refunded).orElseThrow()
        .referenceNo();
    for (double[] size : SIZES) {
      resize(robot, size);
      robot.interact(() -> table.scrollTo(1)); // the selected payment, in view at every size
      WaitForAsyncUtils.waitForFxEvents(2);
      shoot(window, language + "-history-" + (int) size[0]);
      assertFits(window, language + " history at " + (int) size[0] + "x" + (int) size[1]);
      assertPromptsWhole(robot.lookup("#history-search").queryAs(Parent.class),
          language + " history's search at " + (int) size[0]);
      Labeled refs = labeledShowing(window, partnerRef);
      assertTrue(shownText(refs).contains(refundedProviderRef),
          "both references, whole: " + shownText(refs));
      assertOnOneLine(refs, partnerRef);
      assertInView(refs, "the references at " + (int) size[0]);
    }
  }

  private String payInBackground(String code, String amount) throws Exception {
    var outcome = terminal.payments().pay(amount, code, null);
    assertTrue(outcome instanceof Approved, outcome.toString());
    return outcome.record().partnerReferenceNo();
  }

  private void resize(FxRobot robot, double[] size) throws Exception {
    robot.interact(() -> {
      stage.setWidth(size[0]);
      stage.setHeight(size[1]);
    });
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getScene().getWidth() == size[0]
        && stage.getScene().getHeight() == size[1]);
    // Two pulses: a wrapped label's new height is laid out on the pulse after its width changed.
    WaitForAsyncUtils.waitForFxEvents(4);
  }

  /** Every visible text is shown as it is (no "…"), and nothing reaches past the window's right edge. */
  private static void assertFits(Parent root, String where) {
    List<String> problems = new ArrayList<>();
    double width = root.getScene().getWidth();
    walk(root, node -> {
      if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
        String shown = shownText(l);
        if (!l.getText().equals(shown)) {
          problems.add(describe(l) + " shows \"" + shown + "\" of \"" + l.getText() + "\"");
        }
      }
      if (node instanceof Control c) {
        Bounds b = c.localToScene(c.getBoundsInLocal());
        if (b.getMaxX() > width + 1) {
          problems.add(describe(c) + " reaches x=" + Math.round(b.getMaxX())
              + " beyond the window's " + width);
        }
      }
    });
    assertEquals(List.of(), problems, where);
  }

  /**
   * Every empty field of {@code root} shows its prompt whole ("Sampai tanggal", not "Sampai tangg"):
   * the prompt is all an empty field says about what goes in it.
   */
  private static void assertPromptsWhole(Parent root, String where) {
    List<String> problems = new ArrayList<>();
    walk(root, node -> {
      if (node instanceof TextField f && (f.getText() == null || f.getText().isEmpty())
          && f.getPromptText() != null && !f.getPromptText().isEmpty()) {
        Text probe = new Text(f.getPromptText());
        probe.setFont(f.getFont());
        double room = f.getWidth() - f.getInsets().getLeft() - f.getInsets().getRight();
        if (probe.getLayoutBounds().getWidth() > room + 0.5) {
          problems.add(describe(f) + " has " + Math.round(room) + " px for its prompt \""
              + f.getPromptText() + "\", " + Math.round(probe.getLayoutBounds().getWidth())
              + " wide");
        }
      }
    });
    assertEquals(List.of(), problems, where);
  }

  /** The text the skin actually draws (ellipsised when it does not fit). */
  private static String shownText(Labeled l) {
    for (Node child : l.getChildrenUnmodifiable()) {
      if (child instanceof Text t && t.getStyleClass().contains("text")) {
        return t.getText();
      }
    }
    return l.getText(); // no skin text node: the text is in a graphic of its own
  }

  /** The partner reference of the sale on screen: 32 characters, the longest a cashier reads out. */
  private String partnerRefOfLongest() {
    return terminal.journal().payments().recent(1).get(0).partnerReferenceNo();
  }

  /** {@code text} fits the label's width in its font: wrapping never breaks it over two lines. */
  private static void assertOnOneLine(Labeled l, String text) {
    Text probe = new Text(text);
    probe.setFont(l.getFont());
    double room = l.getWidth() - l.getInsets().getLeft() - l.getInsets().getRight();
    assertTrue(probe.getLayoutBounds().getWidth() <= room + 0.5,
        text + " is " + probe.getLayoutBounds().getWidth() + " wide in " + describe(l)
            + ", which has " + room);
  }

  private static void assertInView(Node n, String what) {
    Bounds b = n.localToScene(n.getBoundsInLocal());
    Scene s = n.getScene();
    assertTrue(b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= s.getWidth() + 1
        && b.getMaxY() <= s.getHeight() + 1, what + " lies outside the window: " + b);
    Node bar = s.lookup("#status-bar");
    Bounds barBounds = bar.localToScene(bar.getBoundsInLocal());
    assertTrue(b.getMaxY() <= barBounds.getMinY() + 1,
        what + " is hidden under the status bar: " + b);
  }

  private static Labeled labeledShowing(Parent root, String text) {
    List<Labeled> found = new ArrayList<>();
    walk(root, n -> {
      if (n instanceof Labeled l && l.getText() != null && l.getText().contains(text)) {
        found.add(l);
      }
    });
    assertTrue(!found.isEmpty(), "nothing shows " + text);
    return found.get(0);
  }

  /** Visible nodes only: a hidden part (an empty notice, another screen) is not read by anyone. */
  private static void walk(Node node, Consumer<Node> visit) {
    if (!node.isVisible()) {
      return;
    }
    visit.accept(node);
    if (node instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        walk(child, visit);
      }
    }
  }

  private static String describe(Node n) {
    return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId());
  }

  /** With CPMPOS_LAYOUT_SHOTS=DIR in the environment, each layout is also saved as a PNG for a person to look at. */
  private static void shoot(Parent root, String name) throws Exception {
    String dirName = System.getenv("CPMPOS_LAYOUT_SHOTS");
    if (dirName == null) {
      return;
    }
    Path out = Path.of(dirName).resolve(name + ".png");
    Files.createDirectories(out.getParent());
    var image = WaitForAsyncUtils.asyncFx(() -> root.getScene().snapshot(null)).get();
    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
  }
}
