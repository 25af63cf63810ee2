package id.cpmpos.ui.history;

import id.cpmpos.i18n.Messages;
import id.cpmpos.terminal.InputProblem;
import id.cpmpos.terminal.PaymentHistory;
import id.cpmpos.ui.Paper;
import id.cpmpos.ui.receipt.ReceiptPrinting;
import id.cpmpos.ui.supervisor.ReversalDialog;
import id.cpmpos.ui.supervisor.ReversalViewModel;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The history screen: recent payments, the selected one's calls, and the supervisor's refund and
 * cancel (each behind the PIN dialog).
 */
public final class HistoryView extends VBox {
  final TableView<HistoryViewModel.Row> table = new TableView<>();

  /**
   * @param reversal makes the view model of a supervisor's refund or cancel of one payment
   * @param afterReversal runs once a reversal ended (e.g. the status bar re-reads the outbox)
   * @param receipts prints the selected payment's receipts (the configured printer, or the system dialog)
   */
  public HistoryView(HistoryViewModel vm, Messages messages, boolean demo,
      BiFunction<ReversalViewModel.Kind, PaymentHistory.Entry, ReversalViewModel> reversal, Runnable afterReversal,
      ReceiptPrinting receipts) {
    setId("history");
    getStyleClass().add("history");
    setSpacing(12);

    Label title = new Label(messages.get("history.title"));
    title.getStyleClass().add("screen-title");
    Label notice = new Label();
    notice.setId("history-notice");
    notice.getStyleClass().add("history-notice");
    notice.setWrapText(true);
    notice.setMinHeight(Region.USE_PREF_SIZE); // wrap, never cut a supervisor's outcome short
    notice.setMaxWidth(Double.MAX_VALUE);
    notice.textProperty().bind(vm.noticeProperty());
    notice.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
    notice.managedProperty().bind(notice.visibleProperty());

    table.setId("history-table");
    table.getColumns().add(column(messages.get("history.col.time"), HistoryViewModel.Row::time, 135));
    table.getColumns().add(column(messages.get("history.col.references"), HistoryViewModel.Row::references, 310));
    table.getColumns().add(column(messages.get("history.col.amount"), HistoryViewModel.Row::amount, 130));
    table.getColumns().add(column(messages.get("history.col.state"), HistoryViewModel.Row::state, 125));
    table.getColumns().add(column(messages.get("history.col.refunded"), HistoryViewModel.Row::refunded, 115));
    table.getColumns().add(column(messages.get("history.col.pending"), HistoryViewModel.Row::pending, 165));
    table.getColumns().get(0).setMinWidth(135);
    table.getColumns().get(1).setMinWidth(310);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
    table.setPlaceholder(new Label(messages.get("history.empty")));
    table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
    table.setItems(vm.rows());
    table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
      if (now != null) {
        vm.select(now);
      }
    });
    vm.selectedProperty().addListener((obs, old, now) -> {
      if (now != null && table.getSelectionModel().getSelectedItem() != now) {
        table.getSelectionModel().select(now);
      }
    });
    VBox.setVgrow(table, Priority.ALWAYS);

    Label callsTitle = new Label(messages.get("history.calls"));
    callsTitle.getStyleClass().add("section-title");
    javafx.scene.control.ToggleButton details = new javafx.scene.control.ToggleButton(messages.get("history.details"));
    details.setId("history-call-details");
    details.setFocusTraversable(false);
    details.selectedProperty().bindBidirectional(vm.callDetailsProperty());
    HBox callsHeader = new HBox(12, callsTitle, details);
    callsHeader.setAlignment(Pos.CENTER_LEFT);
    ListView<String> calls = new ListView<>(vm.calls());
    calls.setId("history-calls");
    calls.setPrefHeight(150);
    calls.setPlaceholder(new Label(messages.get("history.selectOne")));

    Button refund = new Button(messages.get("history.refund"));
    refund.setId("refund");
    refund.disableProperty().bind(vm.canRefundProperty().not());
    Button cancel = new Button(messages.get("history.cancel"));
    cancel.setId("cancel-payment");
    cancel.disableProperty().bind(vm.canCancelProperty().not());
    Button reload = new Button(messages.get("history.refresh"));
    reload.setId("history-refresh");
    reload.setOnAction(e -> vm.refresh());
    Label supervisorOnly = new Label(messages.get("history.supervisorOnly"));
    supervisorOnly.getStyleClass().add("hint");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox actions = new HBox(12, refund, cancel, supervisorOnly, spacer, reload);
    actions.setAlignment(Pos.CENTER_LEFT);

    refund.setOnAction(e -> open(vm, reversal.apply(ReversalViewModel.Kind.REFUND, vm.selectedProperty().get().entry()),
        messages, demo, afterReversal));
    cancel.setOnAction(e -> open(vm, reversal.apply(ReversalViewModel.Kind.CANCEL, vm.selectedProperty().get().entry()),
        messages, demo, afterReversal));

    getChildren().addAll(title, notice, table, callsHeader, calls, actions, receiptBar(vm, receipts, messages));
    sceneProperty().addListener((obs, old, scene) -> {
      if (scene != null) {
        vm.refresh();
      }
    });
  }

  private void open(HistoryViewModel vm, ReversalViewModel rvm, Messages messages, boolean demo, Runnable after) {
    ReversalDialog dialog = new ReversalDialog(rvm, messages, demo, getScene() == null ? null : getScene().getWindow());
    dialog.show();
    dialog.setOnHidden(e -> {
      ReversalViewModel.Outcome outcome = dialog.getResult();
      if (outcome != null) {
        vm.showNotice(outcome.text());
        vm.refresh();
        after.run();
      }
    });
  }

  /**
   * The selected payment's receipts (its own or its cancel's, and each refund's): to the counter's
   * receipt printer, or through the system's printer dialog for a store without one.
   */
  private FlowPane receiptBar(HistoryViewModel vm, ReceiptPrinting receipts, Messages messages) {
    Label label = new Label(messages.get("receipt.label"));
    ChoiceBox<ReceiptPrinting.Choice> which = new ChoiceBox<>();
    which.setId("receipt-choice");
    vm.selectedProperty().addListener((obs, old, now) -> {
      which.getItems().setAll(now == null ? List.of() : receipts.choices(now.entry()));
      which.getSelectionModel().selectFirst();
    });
    Button print = new Button(messages.get("receipt.print"));
    print.setId("print-receipt");
    print.disableProperty().bind(which.valueProperty().isNull().or(
        javafx.beans.binding.Bindings.createBooleanBinding(() -> !receipts.hasPrinter())));
    print.setOnAction(e -> {
      vm.showNotice(messages.get("receipt.printing"));
      receipts.print(which.getValue(), result -> vm.showNotice(result.text()));
    });
    Button dialog = new Button(messages.get("receipt.printDialog"));
    dialog.setId("print-receipt-dialog");
    dialog.disableProperty().bind(which.valueProperty().isNull());
    dialog.setOnAction(e -> {
      try {
        String said = Paper.print(String.join("\n", receipts.lines(which.getValue())), getScene().getWindow(), messages);
        if (!said.isEmpty()) {
          vm.showNotice(said);
        }
      } catch (InputProblem p) {
        vm.showNotice(messages.get(p.messageKey(), p.args()));
      }
    });
    for (Region r : List.of(label, print, dialog)) {
      r.setMinWidth(Region.USE_PREF_SIZE);
    }
    FlowPane bar = new FlowPane(12, 8, label, which, print, dialog);
    bar.setAlignment(Pos.CENTER_LEFT);
    if (!receipts.hasPrinter()) {
      Label none = new Label(messages.get("receipt.noPrinter"));
      none.getStyleClass().add("hint");
      none.setWrapText(true);
      bar.getChildren().add(none);
    }
    return bar;
  }

  private static TableColumn<HistoryViewModel.Row, String> column(String title,
      Function<HistoryViewModel.Row, String> value, double width) {
    TableColumn<HistoryViewModel.Row, String> c = new TableColumn<>(title);
    c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    c.setPrefWidth(width);
    c.setSortable(false);
    return c;
  }
}
