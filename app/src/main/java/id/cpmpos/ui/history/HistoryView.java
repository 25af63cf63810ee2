package id.cpmpos.ui.history;

import id.cpmpos.i18n.Messages;
import id.cpmpos.terminal.InputProblem;
import id.cpmpos.ui.Paper;
import id.cpmpos.ui.receipt.ReceiptPrinting;
import id.cpmpos.ui.supervisor.ReversalDesk;
import id.cpmpos.ui.supervisor.ReversalDialog;
import id.cpmpos.ui.supervisor.ReversalViewModel;
import java.util.List;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The history screen: recent payments, the selected one's calls, and the supervisor's refund and
 * cancel (each behind the PIN dialog).
 */
public final class HistoryView extends VBox {
  final TableView<HistoryViewModel.Row> table = new TableView<>();

  /**
   * @param reversals opens the view model of a supervisor's refund or cancel of one payment
   * @param afterReversal runs once a reversal ended (e.g. the status bar re-reads the outbox)
   * @param receipts prints the selected payment's receipts (the configured printer, or the system dialog)
   */
  public HistoryView(HistoryViewModel vm, Messages messages, boolean demo,
      ReversalDesk reversals,
      Runnable afterReversal,
      ReceiptPrinting receipts) {
    setId("history");
    getStyleClass().add("history");
    setSpacing(12);

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
    // Four columns, each line of a cell on a line of its own, so an 800-pixel window cuts none of them:
    // what was refunded goes under the amount, what still waits under the state. The references column
    // never shrinks below a 32-character reference.
    String refundedLabel = messages.get("history.col.refunded");
    table.getColumns()
        .add(column(messages.get("history.col.time"), HistoryViewModel.Row::time, 135, 135));
    table.getColumns()
        .add(column(messages.get("history.col.references"), HistoryViewModel.Row::references, 330,
            330));
    table.getColumns()
        .add(column(messages.get("history.col.amount"), r -> r.refunded().isEmpty()
            ? r.amount()
            : r.amount() + "\n" + refundedLabel + ":\n" + r.refunded(), 170, 120));
    table.getColumns()
        .add(column(messages.get("history.col.state"), r -> r.pending().isEmpty()
            ? r.state()
            : r.state() + "\n" + r.pending(), 200, 130));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
    Label empty = new Label();
    empty.setId("history-empty");
    empty.textProperty().bind(vm.emptyProperty());
    table.setPlaceholder(empty);
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
      if (now != null) {
        table.scrollTo(now); // the selected payment stays in view on a short window
      }
    });

    Label callsTitle = new Label(messages.get("history.calls"));
    callsTitle.getStyleClass().add("section-title");
    ToggleButton details = new ToggleButton(messages.get("history.details"));
    details.setId("history-call-details");
    details.setFocusTraversable(false);
    details.selectedProperty().bindBidirectional(vm.callDetailsProperty());
    HBox callsHeader = new HBox(12, callsTitle, details);
    callsHeader.setAlignment(Pos.CENTER_LEFT);
    ListView<String> calls = new ListView<>(vm.calls());
    calls.setId("history-calls");
    calls.setPrefHeight(130);
    calls.setMinHeight(60);
    calls.setCellFactory(list -> new ListCell<>() {
      {
        setWrapText(true);
        setPrefWidth(0); // wrap within the list's width instead of widening it
      }

      @Override
      protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
      }
    });
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
    supervisorOnly.setWrapText(true);
    for (Region r : List.of(refund, cancel, reload)) {
      r.setMinWidth(Region.USE_PREF_SIZE);
    }
    FlowPane actions = new FlowPane(12, 8, refund, cancel, reload, supervisorOnly);
    actions.setAlignment(Pos.CENTER_LEFT);

    refund.setOnAction(e -> open(vm,
        reversals.open(ReversalViewModel.Kind.REFUND, vm.selectedProperty().get().entry()),
        messages, demo, afterReversal));
    cancel.setOnAction(e -> open(vm,
        reversals.open(ReversalViewModel.Kind.CANCEL, vm.selectedProperty().get().entry()),
        messages, demo, afterReversal));

    // The table takes the height there is, keeping at least three payments in view on an 800×600
    // window; the calls shrink first.
    table.setMinHeight(170);
    VBox.setVgrow(table, Priority.ALWAYS);
    VBox.setVgrow(calls, Priority.SOMETIMES);
    getChildren().addAll(searchBar(vm, messages), notice, table, callsHeader, calls, actions,
        receiptBar(vm, receipts, messages));
    sceneProperty().addListener((obs, old, scene) -> {
      if (scene != null) {
        vm.refresh();
      }
    });
  }

  private void open(HistoryViewModel vm, ReversalViewModel rvm, Messages messages, boolean demo,
      Runnable after) {
    ReversalDialog dialog = new ReversalDialog(rvm, messages, demo,
        getScene() == null ? null : getScene().getWindow());
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
   * Day range, state, amount and reference fragment: the filters of {@code journal}. A choice searches
   * at once, typing once the cashier pauses (or at Enter); the table keeps what it shows until the
   * answer is there, and says so when nothing matches.
   */
  private FlowPane searchBar(HistoryViewModel vm, Messages messages) {
    DatePicker from = new DatePicker();
    from.setId("search-from");
    from.setPromptText(messages.get("history.search.from"));
    from.valueProperty().bindBidirectional(vm.fromProperty());
    DatePicker to = new DatePicker();
    to.setId("search-to");
    to.setPromptText(messages.get("history.search.to"));
    to.valueProperty().bindBidirectional(vm.toProperty());
    // As wide as the longer prompt in the screen's type ("Sampai tanggal" was cut at a fixed 185 px);
    // a date (dd/MM/yyyy) is shorter than either prompt.
    int columns = Math.max(from.getPromptText().length(), to.getPromptText().length());
    for (DatePicker d : List.of(from, to)) {
      d.getEditor().setPrefColumnCount(columns);
      d.valueProperty().addListener((obs, old, now) -> vm.refresh());
    }
    ChoiceBox<HistoryViewModel.StateChoice> state = new ChoiceBox<>(
        FXCollections.observableArrayList(vm.stateChoices()));
    state.setId("search-state");
    state.valueProperty().bindBidirectional(vm.stateProperty());
    state.valueProperty().addListener((obs, old, now) -> vm.refresh());
    TextField amount = new TextField();
    amount.setId("search-amount");
    amount.setPromptText(messages.get("history.search.amount"));
    amount.setPrefColumnCount(11);
    amount.textProperty().bindBidirectional(vm.amountProperty());
    TextField ref = new TextField();
    ref.setId("search-ref");
    ref.setPromptText(messages.get("history.search.ref"));
    ref.setPrefColumnCount(14);
    ref.textProperty().bindBidirectional(vm.referenceProperty());
    PauseTransition typing = new PauseTransition(Duration.millis(300));
    typing.setOnFinished(e -> vm.refresh());
    for (TextField f : List.of(amount, ref)) {
      f.textProperty().addListener((obs, old, now) -> typing.playFromStart());
      f.setOnAction(e -> {
        typing.stop();
        vm.refresh();
      });
    }
    Button search = new Button(messages.get("history.search"));
    search.setId("search");
    search.setOnAction(e -> vm.refresh());
    Button clear = new Button(messages.get("history.search.clear"));
    clear.setId("search-clear");
    clear.setOnAction(e -> vm.clearSearch());
    Label running = new Label(messages.get("history.search.running"));
    running.setId("search-running");
    running.visibleProperty().bind(vm.searchingProperty());
    running.managedProperty().bind(running.visibleProperty());
    Label problem = new Label();
    problem.setId("search-problem");
    problem.getStyleClass().add("search-problem");
    problem.setWrapText(true);
    problem.textProperty().bind(vm.searchProblemProperty());
    problem.visibleProperty().bind(vm.searchProblemProperty().isNotEmpty());
    problem.managedProperty().bind(problem.visibleProperty());
    for (Region r : List.of(search, clear, running)) {
      r.setMinWidth(Region.USE_PREF_SIZE);
    }
    FlowPane bar = new FlowPane(8, 8, from, to, state, amount, ref, search, clear, running,
        problem);
    bar.setId("history-search");
    bar.setAlignment(Pos.CENTER_LEFT);
    return bar;
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
    // Without a receipt printer the button stays: pressing it says so and points to the system dialog.
    print.disableProperty().bind(which.valueProperty().isNull());
    print.setOnAction(e -> {
      vm.showNotice(messages.get("receipt.printing"));
      receipts.print(which.getValue(), result -> vm.showNotice(result.text()));
    });
    Button dialog = new Button(messages.get("receipt.printDialog"));
    dialog.setId("print-receipt-dialog");
    dialog.disableProperty().bind(which.valueProperty().isNull());
    dialog.setOnAction(e -> {
      try {
        String said = Paper.print(String.join("\n", receipts.lines(which.getValue())),
            getScene().getWindow(), messages);
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
    return bar;
  }

  private static TableColumn<HistoryViewModel.Row, String> column(String title,
      Function<HistoryViewModel.Row, String> value, double width, double min) {
    TableColumn<HistoryViewModel.Row, String> c = new TableColumn<>(title);
    c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    c.setPrefWidth(width);
    c.setMinWidth(min);
    c.setSortable(false);
    return c;
  }
}
