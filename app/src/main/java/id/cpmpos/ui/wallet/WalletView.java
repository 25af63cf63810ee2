package id.cpmpos.ui.wallet;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import id.cpmpos.i18n.Messages;
import id.cpmpos.sandbox.Scenario;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import javafx.util.StringConverter;

/** The demo's "customer phone": a QR large enough for a webcam to read from the screen. */
public final class WalletView extends VBox {
  private static final int QR_SIZE = 360;
  /** What the phone's words and buttons take below and above the QR, which gets the rest of the height. */
  private static final int TEXT_HEIGHT = 400;

  public WalletView(WalletViewModel vm, Messages messages) {
    getStyleClass().add("wallet");
    setSpacing(12);
    setAlignment(Pos.TOP_CENTER);

    Label title = new Label(messages.get("wallet.title"));
    title.getStyleClass().add("wallet-title");

    ComboBox<Scenario> scenario = new ComboBox<>();
    scenario.setId("wallet-scenario");
    scenario.getItems().setAll(Scenario.values());
    scenario.valueProperty().bindBidirectional(vm.scenarioProperty());
    scenario.setConverter(new StringConverter<>() {
      @Override
      public String toString(Scenario s) {
        return s == null ? "" : s.id();
      }

      @Override
      public Scenario fromString(String id) {
        return Scenario.byId(id).orElse(Scenario.APPROVE);
      }
    });

    ImageView qr = new ImageView();
    qr.setId("wallet-qr");
    // As large as the phone's width allows, up to QR_SIZE: a docked or narrowed phone still shows all of it.
    qr.setPreserveRatio(true);
    qr.fitWidthProperty().bind(Bindings.min(QR_SIZE, Bindings.max(200,
        Bindings.min(widthProperty().subtract(40), heightProperty().subtract(TEXT_HEIGHT)))));
    setMinWidth(0);
    vm.contentProperty()
        .addListener((obs, old, now) -> qr.setImage(now == null ? null : render(now)));

    Label status = new Label();
    status.setId("wallet-status");
    status.getStyleClass().add("wallet-status");
    status.setWrapText(true);
    status.setMinHeight(Region.USE_PREF_SIZE);
    status.setTextAlignment(TextAlignment.CENTER);
    status.textProperty().bind(vm.statusProperty());

    Button newQr = new Button(messages.get("wallet.newQr"));
    newQr.setId("wallet-new");
    newQr.disableProperty().bind(vm.busyProperty());
    newQr.setOnAction(e -> vm.newQr());
    Button copy = new Button(messages.get("wallet.copy"));
    copy.setId("wallet-copy");
    copy.disableProperty().bind(vm.unusableProperty());
    copy.setOnAction(e -> {
      ClipboardContent c = new ClipboardContent();
      c.putString(vm.contentProperty().get());
      Clipboard.getSystemClipboard().setContent(c);
      vm.copied();
    });
    Label feedback = new Label();
    feedback.setId("wallet-feedback");
    feedback.getStyleClass().add("wallet-feedback");
    feedback.setWrapText(true);
    feedback.setMinHeight(Region.USE_PREF_SIZE);
    feedback.textProperty().bind(vm.feedbackProperty());
    buttons.getChildren().addAll(newQr, copy);
    buttons.setAlignment(Pos.CENTER);

    Label hint = new Label(messages.get("wallet.hint"));
    hint.getStyleClass().add("wallet-hint");
    hint.setWrapText(true);
    hint.setMinHeight(Region.USE_PREF_SIZE);

    // A spent or expired QR is dimmed: the customer cannot pay with it.
    qr.opacityProperty().bind(Bindings.when(vm.unusableProperty()).then(0.25).otherwise(1.0));
    getChildren().addAll(title, scenario, qr, status, buttons, feedback, hint);
    this.vm = vm;
    this.messages = messages;

    Timeline countdown = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tick()));
    countdown.setCycleCount(Timeline.INDEFINITE);
    countdown.play();
  }

  private final HBox buttons = new HBox(10);
  private final WalletViewModel vm;
  private final Messages messages;

  /**
   * Demo mode: a button that holds this phone up to the counter's (virtual) camera; the consumer
   * gets the QR content shown and turns it into a camera picture.
   */
  public void offerToCamera(Consumer<String> showToCamera) {
    Button show = new Button(messages.get("wallet.showToCamera"));
    show.setId("wallet-show");
    show.disableProperty().bind(vm.unusableProperty());
    show.setOnAction(e -> {
      showToCamera.accept(vm.contentProperty().get());
      vm.shownToCamera();
    });
    show.setMaxWidth(Double.MAX_VALUE);
    getChildren().add(getChildren().indexOf(buttons) + 1, show);
  }

  private static WritableImage render(String content) {
    BitMatrix m;
    try {
      m = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, QR_SIZE, QR_SIZE,
          Map.of(EncodeHintType.MARGIN, 4));
    } catch (WriterException e) {
      throw new IllegalArgumentException("content does not fit in a QR code", e);
    }
    WritableImage image = new WritableImage(m.getWidth(), m.getHeight());
    PixelWriter w = image.getPixelWriter();
    for (int y = 0; y < m.getHeight(); y++) {
      for (int x = 0; x < m.getWidth(); x++) {
        w.setColor(x, y, m.get(x, y) ? Color.BLACK : Color.WHITE);
      }
    }
    return image;
  }
}
