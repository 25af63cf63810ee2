package id.cpmpos.ui.status;

import id.cpmpos.i18n.Messages;
import id.cpmpos.sync.Connectivity;
import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

/** The bar at the foot of every screen: provider reachability, the outbox in numbers, "Sync now". */
public final class StatusBar extends BorderPane {
  /** Ages move on even when nothing happens; a modest timer keeps them honest. */
  static final Duration REFRESH = Duration.seconds(10);

  private final Timeline timer;

  public StatusBar(StatusViewModel vm, Messages messages) {
    setId("status-bar");
    getStyleClass().add("status-bar");

    Circle dot = new Circle(7);
    dot.getStyleClass().add("status-dot");
    Label provider = new Label();
    provider.setId("status-provider");
    provider.textProperty().bind(vm.connectivityTextProperty());
    provider.setGraphic(dot);
    styleFor(provider, vm.connectivityProperty().get());
    vm.connectivityProperty().addListener((obs, old, now) -> styleFor(provider, now));

    Label outbox = new Label();
    outbox.setId("status-outbox");
    outbox.textProperty().bind(vm.outboxTextProperty());
    outbox.getStyleClass().add("status-outbox");
    vm.pendingCountProperty().addListener((obs, old, now) -> outbox.pseudoClassStateChanged(
        PseudoClass.getPseudoClass("pending"), now.intValue() > 0));

    Label last = new Label();
    last.setId("status-last-sync");
    last.getStyleClass().add("status-last-sync");
    last.textProperty().bind(vm.lastSyncProperty());

    Button syncNow = new Button(messages.get("status.syncNow"));
    syncNow.setId("sync-now");
    syncNow.getStyleClass().add("sync-now");
    syncNow.disableProperty().bind(vm.syncingProperty());
    syncNow.setFocusTraversable(false); // the cashier's Tab order stays on the sale
    syncNow.setOnAction(e -> vm.syncNow());

    // Nothing here is ever cut ("Sinkron tera…"): on a narrow window the parts wrap onto a second line.
    syncNow.setMinWidth(Region.USE_PREF_SIZE);
    FlowPane parts = new FlowPane(14, 4, provider, outbox, last);
    parts.setAlignment(Pos.CENTER_LEFT);
    parts.setMinWidth(0);
    setCenter(parts);
    setRight(syncNow);
    BorderPane.setAlignment(syncNow, Pos.CENTER_RIGHT);
    BorderPane.setMargin(syncNow, new Insets(0, 0, 0, 14));

    timer = new Timeline(new KeyFrame(REFRESH, e -> vm.refresh()));
    timer.setCycleCount(Animation.INDEFINITE);
    sceneProperty().addListener((obs, old, scene) -> {
      if (scene != null) {
        vm.refresh();
        timer.play();
      } else {
        timer.stop();
      }
    });
  }

  private static void styleFor(Label provider, Connectivity.State state) {
    provider.getStyleClass().removeAll("provider-reachable", "provider-unreachable",
        "provider-unknown");
    provider.getStyleClass().add("provider-" + state.name().toLowerCase(Locale.ROOT));
  }
}
