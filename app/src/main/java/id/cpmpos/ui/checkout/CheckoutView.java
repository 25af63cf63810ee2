package id.cpmpos.ui.checkout;

import id.cpmpos.i18n.Messages;
import id.cpmpos.scanner.ScannerProblem;
import id.cpmpos.scanner.ScannerState;
import id.cpmpos.scanner.ScannerStatus;
import id.cpmpos.scanner.wedge.KeyboardWedgeScanner;
import id.cpmpos.ui.UiThread;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

/**
 * The checkout screen. Keyboard first: type the amount, Enter; then a scanner reads the QR (a
 * keyboard-wedge scanner typing into the window, the camera beside the result, a serial scanner) or
 * the cashier pastes it and presses Enter; the result fills half the screen in its colour.
 */
public final class CheckoutView extends VBox {
  final TextField amountField = new TextField();
  final TextField scanField = new TextField();
  final Button payButton = new Button();
  final Label headline = new Label();
  final Label detail = new Label();
  final Label countdown = new Label();
  private static final int PREVIEW_WIDTH = 320;
  private static final int PREVIEW_HEIGHT = 240;
  /** What the result keeps beside the camera: a 32-character reference on one line at the smallest type. */
  private static final int RESULT_MIN_WIDTH = 360;
  private final HBox middle = new HBox(18);
  private final VBox result = new VBox(10);
  private final Label scanners = new Label();
  private final CheckoutViewModel vm;
  private final Messages messages;
  final Button abandonButton = new Button();
  private final Keypad keypad;
  private final PreviewSink preview = new PreviewSink(UiThread.executor());

  public CheckoutView(CheckoutViewModel vm, Messages messages) {
    getStyleClass().add("checkout");
    setSpacing(18);

    amountField.setId("amount");
    amountField.setPromptText(messages.get("checkout.amount.prompt"));
    amountField.getStyleClass().add("amount-field");
    amountField.textProperty().bindBidirectional(vm.amountProperty());
    amountField.setTextFormatter(new TextFormatter<>(new AmountGrouping()));
    amountField.setOnAction(e -> amountEntered());
    vm.awaitingAmountProperty().addListener((obs, old, now) -> {
      if (now) {
        amountField.requestFocus();
      }
    });

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
    // The labels are read whole ("Pindai QR pelan…" helped nobody); the fields take what is left.
    amountLabel.setMinWidth(Region.USE_PREF_SIZE);
    scanLabel.setMinWidth(Region.USE_PREF_SIZE);
    amountField.setMinWidth(120);
    scanField.setMinWidth(120);
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
    detail.setMinHeight(Region.USE_PREF_SIZE); // a reference is never cut off
    detail.setTextAlignment(TextAlignment.CENTER);
    headline.setTextAlignment(TextAlignment.CENTER);
    abandonButton.setId("abandon");
    abandonButton.setText(messages.get("checkout.abandon"));
    abandonButton.getStyleClass().add("abandon-button");
    abandonButton.visibleProperty().bind(vm.canAbandonProperty());
    abandonButton.managedProperty().bind(vm.canAbandonProperty());
    abandonButton.setOnAction(e -> vm.abandon());
    countdown.setId("countdown");
    countdown.getStyleClass().add("countdown");
    countdown.textProperty().bind(vm.countdownProperty());
    countdown.setWrapText(true);
    countdown.setTextAlignment(TextAlignment.CENTER);
    countdown.visibleProperty().bind(vm.countdownProperty().isNotEmpty());
    countdown.managedProperty().bind(countdown.visibleProperty());
    result.getChildren().addAll(headline, detail, countdown, abandonButton);
    result.setId("result");
    result.getStyleClass().addAll("result", vm.phaseProperty().get().styleClass());
    result.setAlignment(Pos.CENTER);
    VBox.setVgrow(result, Priority.ALWAYS);
    vm.phaseProperty().addListener((obs, old, now) -> {
      result.getStyleClass().remove(old.styleClass());
      result.getStyleClass().add(now.styleClass());
      switch (now) {
        case APPROVED, PENDING, READY, ABANDONED -> amountField.requestFocus();
        case DECLINED, NOT_SENT, NOT_CHARGED, INVALID -> scanField.requestFocus();
        default -> {
        }
      }
    });

    // The camera's preview, when there is one, sits beside the result: both are what the cashier
    // watches while the customer holds up the phone.
    middle.getChildren().add(result);
    HBox.setHgrow(result, Priority.ALWAYS);
    result.setMaxHeight(Double.MAX_VALUE);
    VBox.setVgrow(middle, Priority.ALWAYS);
    scanners.setId("scanners");
    scanners.getStyleClass().add("scanners");
    scanners.textProperty().bind(vm.scannersProperty());
    scanners.setWrapText(true);
    // A filter, not a handler: a text field with a formatter would take Escape to undo its edit.
    addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.ESCAPE) {
        vm.clearResult();
        amountField.requestFocus();
        e.consume();
      }
    });
    VBox sale = new VBox(18, form, payButton, middle, scanners);
    VBox.setVgrow(middle, Priority.ALWAYS);
    HBox.setHgrow(sale, Priority.ALWAYS);
    keypad = new Keypad(amountField, this::amountEntered, messages);
    HBox columns = new HBox(18, sale, keypad);
    VBox.setVgrow(columns, Priority.ALWAYS);
    getChildren().add(columns);
    this.vm = vm;
    this.messages = messages;
  }

  /** Enter in the amount field, or the keypad's OK: pays when the QR is already there, else on to the scan. */
  private void amountEntered() {
    if (vm.awaitingAmountProperty().get() || vm.takeScanOutOfAmount()) {
      vm.pay(); // the QR was read before the amount: Enter pays
    } else {
      scanField.requestFocus();
    }
  }

  /**
   * Connects the counter's scanners: the keyboard wedge hears the keys of {@code keysFrom} (the whole
   * window, so a scan typed while another screen is shown is caught too; null wedge: none), and with
   * a camera configured, its live preview (or why there is none) sits beside the form.
   */
  public void attachScanners(KeyboardWedgeScanner wedge, boolean cameraConfigured, Node keysFrom) {
    if (wedge != null) {
      keysFrom.addEventFilter(KeyEvent.ANY, new WedgeKeyFilter(wedge, wedge::nanoTime, scanField));
    }
    if (cameraConfigured) {
      middle.getChildren().add(cameraPanel());
    }
  }

  private StackPane cameraPanel() {
    ImageView image = new ImageView();
    image.setId("camera-preview");
    image.setPreserveRatio(true);
    image.imageProperty().bind(preview.imageProperty());
    Label none = new Label();
    none.setId("camera-state");
    none.getStyleClass().add("camera-state");
    none.setWrapText(true);
    none.setTextAlignment(TextAlignment.CENTER);
    StackPane panel = new StackPane(image, none);
    panel.setId("camera");
    panel.getStyleClass().add("camera");
    // Full size where there is room; on a narrow window it gives way to the result (down to half size),
    // so the result keeps the width a reference needs on one line.
    DoubleBinding width = Bindings.createDoubleBinding(
        () -> Math.max(PREVIEW_WIDTH / 2.0,
            Math.min(PREVIEW_WIDTH, middle.getWidth() - RESULT_MIN_WIDTH)),
        middle.widthProperty());
    panel.minWidthProperty().bind(width);
    panel.prefWidthProperty().bind(width);
    panel.maxWidthProperty().bind(width);
    panel.minHeightProperty().bind(width.multiply((double) PREVIEW_HEIGHT / PREVIEW_WIDTH));
    panel.prefHeightProperty().bind(panel.minHeightProperty());
    panel.maxHeightProperty().bind(panel.minHeightProperty());
    image.fitWidthProperty().bind(width);
    image.fitHeightProperty().bind(panel.minHeightProperty());
    Runnable update = () -> {
      ScannerStatus s = vm.cameraProperty().get();
      boolean live = s.state() == ScannerState.SCANNING;
      image.setVisible(live);
      none.setVisible(!live);
      none.setText(live ? "" : cameraText(s));
      // No camera at all: the scanners' line says so, and the result takes the whole width.
      panel.setVisible(s.problem() != ScannerProblem.NO_CAMERA);
      panel.setManaged(panel.isVisible());
    };
    vm.cameraProperty().addListener((obs, old, now) -> update.run());
    update.run();
    return panel;
  }

  private String cameraText(ScannerStatus s) {
    if (s.problem() == ScannerProblem.NO_CAMERA) {
      return messages.get("checkout.camera.none") + "\n" + messages.get("checkout.camera.hint");
    }
    if (s.problem() != ScannerProblem.NONE) {
      return messages.get("scanner.problem." + s.problem().name()) + "\n"
          + messages.get("checkout.camera.hint");
    }
    return messages.get("scanner.kind.webcam") + ": "
        + messages.get("scanner.state." + s.state().name());
  }

  /** Where the camera's frames go to be shown beside the result. */
  public PreviewSink previewSink() {
    return preview;
  }

  /** Adds {@code part} at the foot of the result (e.g. whether the receipt was printed). */
  public void addUnderResult(Node part) {
    result.getChildren().add(part);
  }

  public void focusAmount() {
    amountField.requestFocus();
  }
}
