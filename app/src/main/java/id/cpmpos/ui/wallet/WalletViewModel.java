package id.cpmpos.ui.wallet;

import id.cpmpos.i18n.Messages;
import id.cpmpos.sandbox.CustomerWallet;
import id.cpmpos.sandbox.Scenario;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The demo's customer phone: asks the sandbox for a one-time QR playing the chosen scenario and
 * counts down to its expiry. Generation runs on the background executor.
 */
public final class WalletViewModel {
  private final CustomerWallet wallet;
  private final Messages messages;
  private final Clock clock;
  private final Executor background;
  private final Executor ui;

  private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(Scenario.APPROVE);
  private final StringProperty content = new SimpleStringProperty();
  private final ObjectProperty<OffsetDateTime> expiresAt = new SimpleObjectProperty<>();
  private final StringProperty status = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();

  public WalletViewModel(CustomerWallet wallet, Messages messages, Clock clock, Executor background, Executor ui) {
    this.wallet = wallet;
    this.messages = messages;
    this.clock = clock;
    this.background = background;
    this.ui = ui;
  }

  public void newQr() {
    if (busy.get()) {
      return;
    }
    busy.set(true);
    Scenario chosen = scenario.get();
    background.execute(() -> {
      try {
        CustomerWallet.WalletQr qr = wallet.generate(chosen);
        ui.execute(() -> {
          content.set(qr.content());
          expiresAt.set(qr.expiresAt());
          busy.set(false);
          tick();
        });
      } catch (CustomerWallet.WalletException e) {
        ui.execute(() -> {
          content.set(null);
          status.set(messages.get("wallet.failed", e.getMessage()));
          busy.set(false);
        });
      }
    });
  }

  /** Updates the countdown; the view calls it once a second. */
  public void tick() {
    OffsetDateTime expiry = expiresAt.get();
    if (content.get() == null || expiry == null) {
      return;
    }
    long left = Duration.between(clock.instant(), expiry.toInstant()).toSeconds();
    status.set(left > 0 ? messages.get("wallet.validFor", left) : messages.get("wallet.expired"));
  }

  public ObjectProperty<Scenario> scenarioProperty() {
    return scenario;
  }

  public StringProperty contentProperty() {
    return content;
  }

  public StringProperty statusProperty() {
    return status;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }
}
