package id.cpmpos.ui.shift;

import id.cpmpos.i18n.Messages;
import id.cpmpos.ui.Paper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The cashier's shift: open it with a name (and a PIN the cashier may choose), see it while open,
 * close it and read (or print) its summary.
 */
public final class ShiftView extends VBox {
  public ShiftView(ShiftViewModel vm, Messages messages) {
    super(10);
    setPadding(new Insets(16));
    getStyleClass().add("shift-view");
    Label title = new Label(messages.get("shift.title"));
    title.getStyleClass().add("section-title");

    Label current = new Label();
    current.setId("shift-current");
    current.getStyleClass().add("monospace");
    // Columns of figures: never wrapped or cut, the panel is as wide as they are.
    current.setMinWidth(Region.USE_PREF_SIZE);
    current.textProperty().bind(vm.currentProperty());

    TextField name = new TextField();
    name.setId("shift-name");
    name.setPromptText(messages.get("shift.name.prompt"));
    PasswordField pin = new PasswordField();
    pin.setId("shift-pin");
    pin.setPromptText(messages.get("shift.pin.prompt"));
    Button open = new Button(messages.get("shift.open"));
    open.setId("shift-open");
    open.setDefaultButton(false);
    open.setOnAction(e -> {
      vm.openShift(name.getText(), pin.getText().toCharArray());
      pin.clear();
    });
    open.setMinWidth(Region.USE_PREF_SIZE);
    name.setPrefColumnCount(12);
    pin.setPrefColumnCount(8);
    FlowPane openRow = new FlowPane(8, 8, name, pin, open);
    openRow.visibleProperty().bind(vm.openProperty().not());
    openRow.managedProperty().bind(openRow.visibleProperty());

    Button close = new Button(messages.get("shift.close"));
    close.setId("shift-close");
    close.visibleProperty().bind(vm.openProperty());
    close.managedProperty().bind(close.visibleProperty());
    close.setOnAction(e -> vm.closeShift());
    close.setMinWidth(Region.USE_PREF_SIZE);

    Label error = new Label();
    error.setId("shift-error");
    error.getStyleClass().add("error-text");
    error.setWrapText(true);
    error.textProperty().bind(vm.errorProperty());

    Label summary = new Label();
    summary.setId("shift-summary");
    summary.getStyleClass().add("monospace");
    summary.textProperty().bind(vm.summaryProperty());
    summary.setMinWidth(Region.USE_PREF_SIZE);
    Button print = new Button(messages.get("report.print"));
    print.setId("shift-print");
    print.visibleProperty().bind(vm.summaryProperty().isNotEmpty());
    print.managedProperty().bind(print.visibleProperty());
    Label printNotice = new Label();
    printNotice.setId("shift-print-notice");
    print.setOnAction(
        e -> printNotice.setText(Paper.print(vm.summaryProperty().get(), getScene().getWindow(),
            messages)));

    print.setMinWidth(Region.USE_PREF_SIZE);
    setMinWidth(Region.USE_PREF_SIZE);
    getChildren().addAll(title, current, openRow, close, error, summary, print, printNotice);
    vm.refresh();
  }
}
