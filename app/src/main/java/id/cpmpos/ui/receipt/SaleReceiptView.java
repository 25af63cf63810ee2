package id.cpmpos.ui.receipt;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

/** Under the checkout's result: whether the receipt was printed, and the button to print it (again). */
public final class SaleReceiptView extends VBox {
  public SaleReceiptView(SaleReceipt vm) {
    super(6);
    setId("sale-receipt");
    setAlignment(Pos.CENTER);
    Label status = new Label();
    status.setId("receipt-status");
    status.getStyleClass().add("receipt-status");
    status.setWrapText(true);
    status.setMinHeight(Region.USE_PREF_SIZE);
    status.setTextAlignment(TextAlignment.CENTER);
    status.textProperty().bind(vm.statusProperty());
    status.visibleProperty().bind(vm.statusProperty().isNotEmpty());
    status.managedProperty().bind(status.visibleProperty());
    Button print = new Button();
    print.setId("receipt-print");
    print.setFocusTraversable(false); // Enter stays with the amount field for the next sale
    print.setMinWidth(Region.USE_PREF_SIZE);
    print.textProperty().bind(vm.actionProperty());
    print.visibleProperty().bind(vm.canPrintProperty());
    print.managedProperty().bind(print.visibleProperty());
    print.setOnAction(e -> vm.print());
    getChildren().addAll(status, print);
  }
}
