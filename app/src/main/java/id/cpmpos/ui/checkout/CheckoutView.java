package id.cpmpos.ui.checkout;

import id.cpmpos.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The checkout screen. Keyboard first: type the amount, Enter; the scanner types the QR and Enter
 * (a USB keyboard-wedge scanner, or a paste); the result fills half the screen in its colour.
 */
public final class CheckoutView extends VBox {
  final TextField amountField = new TextField();
  final TextField scanField = new TextField();
  final Button payButton = new Button();
  final Label headline = new Label();
  final Label detail = new Label();

  public CheckoutView(CheckoutViewModel vm, Messages messages) {
    getStyleClass().add("checkout");
    setSpacing(18);

    amountField.setId("amount");
    amountField.setPromptText(messages.get("checkout.amount.prompt"));
    amountField.getStyleClass().add("amount-field");
    amountField.textProperty().bindBidirectional(vm.amountProperty());
    amountField.setOnAction(e -> scanField.requestFocus());

    scanField.setId("scan");
    scanField.setPromptText(messages.get("checkout.scan.prompt"));
    scanField.getStyleClass().add("scan-field");
    scanField.textProperty().bindBidirectional(vm.scanProperty());
    scanField.setOnAction(e -> vm.pay());

    payButton.setId("pay");
    payButton.setText(messages.get("checkout.pay"));
    payButton.getStyleClass().add("pay-button");
    payButton.setMaxWidth(Double.MAX_VALUE);
    payButton.disableProperty().bind(vm.workingProperty());
    payButton.setOnAction(e -> vm.pay());
    amountField.disableProperty().bind(vm.workingProperty());
    scanField.disableProperty().bind(vm.workingProperty());

    GridPane form = new GridPane();
    form.getStyleClass().add("form");
    form.setHgap(16);
    form.setVgap(12);
    Label amountLabel = new Label(messages.get("checkout.amount"));
    amountLabel.setLabelFor(amountField);
    Label scanLabel = new Label(messages.get("checkout.scan"));
    scanLabel.setLabelFor(scanField);
    form.addRow(0, amountLabel, amountField);
    form.addRow(1, scanLabel, scanField);
    GridPane.setHgrow(amountField, Priority.ALWAYS);
    GridPane.setHgrow(scanField, Priority.ALWAYS);

    headline.setId("headline");
    headline.getStyleClass().add("headline");
    headline.textProperty().bind(vm.headlineProperty());
    headline.setWrapText(true);
    detail.setId("detail");
    detail.getStyleClass().add("detail");
    detail.textProperty().bind(vm.detailProperty());
    detail.setWrapText(true);
    detail.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
    headline.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
    VBox result = new VBox(10, headline, detail);
    result.setId("result");
    result.getStyleClass().addAll("result", vm.phaseProperty().get().styleClass());
    result.setAlignment(Pos.CENTER);
    VBox.setVgrow(result, Priority.ALWAYS);
    vm.phaseProperty().addListener((obs, old, now) -> {
      result.getStyleClass().remove(old.styleClass());
      result.getStyleClass().add(now.styleClass());
      switch (now) {
        case APPROVED, PENDING, READY -> amountField.requestFocus();
        case DECLINED, NOT_SENT, INVALID -> scanField.requestFocus();
        default -> { }
      }
    });

    getChildren().addAll(form, payButton, result);
  }

  public void focusAmount() {
    amountField.requestFocus();
  }
}
