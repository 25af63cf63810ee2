package id.cpmpos.ui;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.i18n.Messages;
import id.cpmpos.sandbox.Scenario;
import id.cpmpos.testing.SandboxFixture;
import id.cpmpos.testing.Terminals;
import id.cpmpos.ui.history.HistoryViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;

/**
 * The README's pictures of a terminal whose provider goes away, in Bahasa Indonesia against a
 * sandbox on 127.0.0.1 that stops listening and starts again: online; an answer lost and the
 * provider down (pending, Abandon, the outbox counted); a sale not sent; a pending sale counting
 * down to certainty and ending not charged; the history with the calls of a payment whose answer was
 * lost; a refund behind the PIN; a refund queued while the provider is down.
 */
record OfflineShots(Shots shots) {
  /** Short, so the tour sees the end of the countdown; the default is 180 s. */
  private static final String FINAL_SECONDS = "60";

  void take(Path dir, ExecutorService background) throws Exception {
    // Left open, as the tour's other terminals: the process ends with the tour.
    SandboxFixture sandbox = new SandboxFixture(dir);
    sandbox.override("sync.notFoundFinalSeconds", FINAL_SECONDS);
    tour(sandbox, TerminalContext.open(sandbox.config, Clock.systemUTC()), background);
  }

  private void tour(SandboxFixture sandbox, TerminalContext terminal, ExecutorService background)
      throws Exception {
    Messages m = terminal.messages();
    Terminals.setPin(terminal);
    MainWindow window = Shots.fx(() -> CpmPosApp.mainWindow(terminal, background));
    shots.show(window, Shots.WIDTH, Shots.HEIGHT);

    shots.pay(window, "36.000", sandbox.customerQr(), m.get("checkout.approved"));
    String paid = terminal.journal().payments().recent(1).get(0).partnerReferenceNo();
    shots.awaitText(window, "#status-provider", m.get("status.provider.reachable"));
    shots.awaitText(window, "#status-outbox", m.get("status.outbox.empty"));
    shots.shoot("status-online", Shots.WIDTH, Shots.HEIGHT);

    // The sandbox books the payment and closes the connection unanswered; then it stops listening,
    // and "sync now" finds it gone. The worker is not started yet: it would learn the outcome first.
    String lost = sandbox.customerQr(Scenario.DROP);
    String unsent = sandbox.customerQr();
    // Made now: the wallet's pooled connection would not survive the sandbox's restart.
    String unbooked = sandbox.customerQr(Scenario.ERROR_500);
    shots.pay(window, "15.000", lost, m.get("checkout.pending"));
    String dropped = terminal.journal().payments().recent(1).get(0).partnerReferenceNo();
    int port = sandbox.sandbox.port();
    sandbox.sandbox.stopListening();
    shots.click(window, "#sync-now");
    shots.awaitText(window, "#status-provider", m.get("status.provider.unreachable"));
    Shots.await(() -> !m.get("status.outbox.empty")
        .equals(((Label) window.lookup("#status-outbox")).getText()));
    shots.shoot("offline-pending", Shots.WIDTH, Shots.HEIGHT);

    shots.pay(window, "20.000", unsent, m.get("checkout.notSent"));
    shots.shoot("offline-not-sent", Shots.WIDTH, Shots.HEIGHT);

    // Back online: the lost answer is learnt (it was paid), and from now on the worker runs.
    sandbox.sandbox.start(port);
    shots.click(window, "#sync-now");
    shots.awaitText(window, "#status-outbox", m.get("status.outbox.empty"));
    terminal.sync().start();

    // A 500 the sandbox did not book: queried until the moment its outcome is certain.
    shots.pay(window, "30.000", unbooked, m.get("checkout.pending"));
    Shots.await(() -> window.lookup("#countdown") instanceof Label l && l.isVisible()
        && !l.getText().isEmpty());
    shots.shoot("pending-countdown", Shots.WIDTH, Shots.HEIGHT);
    shots.awaitText(window, "#headline", m.get("checkout.notCharged"));
    shots.shoot("not-charged", Shots.WIDTH, Shots.HEIGHT);

    history(window, terminal, sandbox, dropped, paid, port);
  }

  private void history(MainWindow window, TerminalContext terminal, SandboxFixture sandbox,
      String dropped, String paid, int port) throws Exception {
    shots.press(window, KeyCode.F2);
    select(window, dropped);
    Shots.await(() -> window.lookup("#history-calls") instanceof ListView<?> l
        && l.getItems().size() >= 3); // the payment unanswered, the failed query, the one that answered
    // Taller than the checkout's pictures: the calls list gets the room to show all three.
    shots.shoot("history", 1280, 900);

    // The refund's dialog over the history, the PIN typed (shown as dots only).
    select(window, paid);
    shots.click(window, "#refund");
    Shots.await(() -> inDialog("#reversal-amount") != null);
    Shots.fx(() -> {
      ((TextField) inDialog("#reversal-amount")).setText("12.000");
      ((TextField) inDialog("#reversal-reason")).setText("barang dikembalikan");
      ((PasswordField) inDialog("#supervisor-pin")).setText(Terminals.PIN);
      return null;
    });
    shots.crop("refund-pin", 1280, 900, 0, 0);

    // The provider goes away before the supervisor confirms: the refund is queued for the worker.
    sandbox.sandbox.stopListening();
    Shots.fx(() -> {
      ((ButtonBase) inDialog("#reversal-confirm")).fire();
      return null;
    });
    Shots.await(() -> inDialog("#reversal-amount") == null);
    Shots.await(() -> window.lookup("#history-notice") instanceof Label l
        && !l.getText().isEmpty());
    shots.awaitText(window, "#status-provider",
        terminal.messages().get("status.provider.unreachable"));
    shots.crop("refund-queued", 1280, 900, 0, 0);
    sandbox.sandbox.start(port);
  }

  private static void select(MainWindow window, String partnerReferenceNo) throws Exception {
    TableView<?> table = (TableView<?>) window.lookup("#history-table");
    Shots.await(() -> indexOf(table, partnerReferenceNo) >= 0);
    Shots.fx(() -> {
      table.getSelectionModel().select(indexOf(table, partnerReferenceNo));
      return null;
    });
  }

  private static int indexOf(TableView<?> table, String partnerReferenceNo) {
    for (int i = 0; i < table.getItems().size(); i++) {
      if (table.getItems().get(i) instanceof HistoryViewModel.Row r
          && r.entry().payment().partnerReferenceNo().equals(partnerReferenceNo)) {
        return i;
      }
    }
    return -1;
  }

  /** A part of the dialog shown now (a window of its own), or null. */
  static Node inDialog(String selector) {
    for (Window w : Window.getWindows()) {
      Node found = w.isShowing() && w.getScene() != null ? w.getScene().lookup(selector) : null;
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
