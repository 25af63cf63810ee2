package id.cpmpos.ui.supervisor;

import id.cpmpos.i18n.Messages;
import java.util.List;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The supervisor's refund or cancel dialog. The PIN field's characters are copied into a char array
 * the moment the supervisor confirms, the field is cleared at once, and the view model wipes the
 * array after use: the PIN never becomes a String here and is never shown.
 */
public final class ReversalDialog extends Dialog<ReversalViewModel.Outcome> {
  final PasswordField pinField = new PasswordField();

  public ReversalDialog(ReversalViewModel vm, Messages messages, boolean demo, Window owner) {
    initOwner(owner);
    boolean refund = vm.kind() == ReversalViewModel.Kind.REFUND;
    setTitle(messages.get(refund ? "reversal.refund.title" : "reversal.cancel.title")
        + (demo ? " — DEMO" : ""));
    setHeaderText(vm.summary());
    getDialogPane().getStyleClass().add("reversal-dialog");
    getDialogPane().setId(refund ? "refund-dialog" : "cancel-dialog");
    if (owner != null && owner.getScene() != null) {
      getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
    }
    if (demo) {
      Label badge = new Label(messages.get("app.demo"));
      badge.getStyleClass().add("demo-badge");
      setGraphic(badge);
    }

    ButtonType close = new ButtonType(messages.get("reversal.close"),
        ButtonBar.ButtonData.CANCEL_CLOSE);
    // Every way of closing gives the outcome (null: nothing happened). Without a converter a Dialog
    // hands back the pressed ButtonType as its result, whatever its declared type: closing the
    // "no PIN yet" dialog threw ClassCastException in whoever read the result.
    setResultConverter(button -> vm.outcomeProperty().get());
    // A supervisor session: closed after the idle minutes without a key or a click, unless it is
    // sending (then the outcome closes it). Closing sends nothing; the PIN is asked again next time.
    SupervisorSessions.Session[] session = new SupervisorSessions.Session[1];
    Runnable[] onIdle = new Runnable[1];
    onIdle[0] = () -> {
      if (vm.busyProperty().get()) {
        session[0] = vm.sessions().begin(onIdle[0]); // not idle: waiting for the provider
      } else {
        close();
      }
    };
    setOnShown(e -> session[0] = vm.sessions().begin(onIdle[0]));
    setOnHidden(e -> {
      if (session[0] != null) {
        session[0].end();
      }
    });
    // A key or a click keeps it open; the mouse merely passing over does not.
    for (EventType<? extends InputEvent> input : List.of(
        KeyEvent.KEY_PRESSED, MouseEvent.MOUSE_PRESSED,
        TouchEvent.TOUCH_PRESSED)) {
      getDialogPane().addEventFilter(input, e -> {
        if (session[0] != null) {
          session[0].touch();
        }
      });
    }
    if (!vm.pinIsSet()) {
      Label howTo = new Label(messages.get("reversal.pinNotSet"));
      howTo.setId("pin-not-set");
      howTo.setWrapText(true);
      howTo.setMaxWidth(520);
      getDialogPane().setContent(howTo);
      getDialogPane().getButtonTypes().add(close);
      getDialogPane().lookupButton(close).setId("reversal-close");
      return;
    }

    TextField amount = new TextField();
    amount.setId("reversal-amount");
    amount.textProperty().bindBidirectional(vm.amountProperty());
    TextField reason = new TextField();
    reason.setId("reversal-reason");
    reason.setPromptText(messages.get("reversal.reason.prompt"));
    reason.textProperty().bindBidirectional(vm.reasonProperty());
    pinField.setId("supervisor-pin");
    pinField.setPromptText(messages.get("reversal.pin.prompt"));

    GridPane form = new GridPane();
    form.setHgap(12);
    form.setVgap(10);
    int row = 0;
    if (refund) {
      form.addRow(row++, labelFor(messages.get("reversal.amount"), amount), amount);
    }
    form.addRow(row++, labelFor(messages.get("reversal.reason"), reason), reason);
    form.addRow(row, labelFor(messages.get("reversal.pin"), pinField), pinField);

    Label problem = new Label();
    problem.setId("reversal-problem");
    problem.getStyleClass().add("reversal-problem");
    problem.setWrapText(true);
    problem.setMaxWidth(520);
    // A lockout says when to try again: it must be read in full, never cut to "…dikunci, coba ...".
    problem.setMinHeight(Region.USE_PREF_SIZE);
    problem.textProperty().bind(vm.problemProperty());
    Label busy = new Label(messages.get("reversal.busy"));
    busy.visibleProperty().bind(vm.busyProperty());
    getDialogPane().setContent(new VBox(12, form, problem, busy));

    ButtonType confirm = new ButtonType(
        messages.get(refund ? "reversal.refund.confirm" : "reversal.cancel.confirm"),
        ButtonBar.ButtonData.OK_DONE);
    getDialogPane().getButtonTypes().addAll(confirm, close);
    getDialogPane().lookupButton(close).setId("reversal-close");
    Node ok = getDialogPane().lookupButton(confirm);
    ok.setId("reversal-confirm");
    ((Button) ok).disableProperty().bind(vm.busyProperty());
    ok.addEventFilter(ActionEvent.ACTION, e -> {
      e.consume(); // stay open: the outcome closes the dialog, a refusal keeps it for another try
      CharSequence typed = pinField.getCharacters();
      char[] pin = new char[typed.length()];
      for (int i = 0; i < pin.length; i++) {
        pin[i] = typed.charAt(i);
      }
      pinField.clear();
      vm.submit(pin);
    });
    vm.problemProperty().addListener((obs, old, now) -> {
      if (!now.isEmpty()) {
        pinField.requestFocus();
      }
      // A dialog keeps the size it was shown at: grown to the new message, so no line of it is cut.
      Platform.runLater(() -> {
        Window window = getDialogPane().getScene() == null
            ? null
            : getDialogPane().getScene().getWindow();
        if (window != null) {
          window.sizeToScene();
        }
      });
    });
    vm.outcomeProperty().addListener((obs, old, now) -> {
      if (now != null) {
        setResult(now);
      }
    });
    Platform.runLater(refund ? amount::requestFocus : reason::requestFocus);
  }

  private static Label labelFor(String text, Node field) {
    Label l = new Label(text);
    l.setLabelFor(field);
    return l;
  }
}
