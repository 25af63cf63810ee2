package id.cpmpos.ui.wallet;

import id.cpmpos.i18n.Messages;
import id.cpmpos.sandbox.CustomerWallet;
import id.cpmpos.sandbox.Scenario;
import id.cpmpos.ui.TaskExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The demo's customer phone: asks the sandbox for a one-time QR playing the chosen scenario and
 * counts down to its expiry; a QR that has paid or expired says so instead of counting. Choosing
 * another scenario makes a new QR for it. Every action says what it did in {@link #feedbackProperty()}.
 * Generation runs on the background executor.
 */
public final class WalletViewModel {
  private final CustomerWallet wallet;
  private final Messages messages;
  private final Clock clock;
  private final TaskExecutor tasks;

  private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(Scenario.APPROVE);
  private final StringProperty content = new SimpleStringProperty();
  private final ObjectProperty<OffsetDateTime> expiresAt = new SimpleObjectProperty<>();
  private final StringProperty status = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final BooleanProperty spent = new SimpleBooleanProperty();
  private final BooleanProperty expired = new SimpleBooleanProperty();
  private final BooleanBinding unusable = Bindings.createBooleanBinding(
      () -> content.get() == null || spent.get() || expired.get(), content, spent, expired);
  private final StringProperty feedback = new SimpleStringProperty("");
  private final Predicate<String> used;

  /** @param used whether a payment has spent a QR (the sandbox's books, as a wallet's server would tell it) */
  public WalletViewModel(CustomerWallet wallet, Predicate<String> used, Messages messages,
      Clock clock,
      TaskExecutor tasks) {
    this.wallet = wallet;
    this.used = used;
    this.messages = messages;
    this.clock = clock;
    this.tasks = tasks;
    scenario.addListener((obs, old, now) -> {
      if (now != null && now != old) {
        newQr(); // the QR on screen plays the old scenario: the customer would pay with the wrong one
      }
    });
  }

  public void newQr() {
    if (busy.get()) {
      return; // the QR being made is checked against the scenario when it arrives
    }
    busy.set(true);
    Scenario chosen = scenario.get();
    feedback.set(messages.get("wallet.making", chosen.id()));
    tasks.call(() -> wallet.generate(chosen), qr -> {
      content.set(qr.content());
      expiresAt.set(qr.expiresAt());
      spent.set(false);
      expired.set(false);
      busy.set(false);
      feedback.set(messages.get("wallet.made", chosen.id()));
      tick();
      if (scenario.get() != chosen) {
        newQr(); // the scenario changed while this one was being made
      }
    }, e -> {
      content.set(null);
      status.set(messages.get("wallet.failed", e.getMessage()));
      feedback.set("");
      busy.set(false);
    });
  }

  /**
   * Updates the state line; the view calls it once a second. A QR that has paid or expired is
   * shown as such, never with time left: the customer must make a new one.
   */
  public void tick() {
    OffsetDateTime expiry = expiresAt.get();
    String qr = content.get();
    if (qr == null || expiry == null) {
      return;
    }
    if (spent.get() || used.test(qr)) {
      spent.set(true);
      status.set(messages.get("wallet.used"));
      return;
    }
    long left = Duration.between(clock.instant(), expiry.toInstant()).toSeconds();
    expired.set(left <= 0);
    status.set(left > 0 ? messages.get("wallet.validFor", left) : messages.get("wallet.expired"));
  }

  /** The QR content was copied to the clipboard (the view did it). */
  public void copied() {
    feedback.set(messages.get("wallet.copied"));
  }

  /** The phone was held up to the counter's camera (the view did it). */
  public void shownToCamera() {
    feedback.set(messages.get("wallet.shown"));
  }

  /** True once the QR on screen has paid or expired: it can no longer be shown or copied. */
  public BooleanBinding unusableProperty() {
    return unusable;
  }

  /** What the last button did, e.g. "Copied: paste it into the scan field". */
  public StringProperty feedbackProperty() {
    return feedback;
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
