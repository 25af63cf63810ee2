package id.cpmpos.ui.setup;

import id.cpmpos.boot.StartupProblems;
import id.cpmpos.boot.TerminalContext;
import id.cpmpos.i18n.Messages;
import id.cpmpos.ui.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first-run screen's two doors: the demo (the embedded sandbox, opened off the FX thread only
 * once it is chosen) or the set-up wizard, and the language both are shown in.
 */
public final class FirstRunViewModel {
  private static final Logger log = LoggerFactory.getLogger(FirstRunViewModel.class);

  public enum Door {
    CHOOSING, SETTING_UP
  }

  private final FirstRunSetup setup;
  private final TerminalStart starter;
  private final TaskExecutor tasks;
  private final StringProperty language = new SimpleStringProperty("id");
  private final ObjectProperty<Door> door = new SimpleObjectProperty<>(Door.CHOOSING);
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final StringProperty problem = new SimpleStringProperty("");
  private final ObjectProperty<TerminalContext> opened = new SimpleObjectProperty<>();

  public FirstRunViewModel(FirstRunSetup setup, TerminalStart starter, TaskExecutor tasks) {
    this.setup = setup;
    this.starter = starter;
    this.tasks = tasks;
  }

  /** {@code id} (the default) or {@code en}. */
  public StringProperty languageProperty() {
    return language;
  }

  public Messages messages() {
    return Messages.forLanguage(language.get());
  }

  public ObjectProperty<Door> doorProperty() {
    return door;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  /** Why the demo could not start, in words; empty otherwise. */
  public StringProperty problemProperty() {
    return problem;
  }

  /** Set, on the FX thread, when a terminal (the demo's) is open and started: the checkout may show. */
  public ObjectProperty<TerminalContext> openedProperty() {
    return opened;
  }

  public FirstRunSetup setup() {
    return setup;
  }

  public TerminalStart starter() {
    return starter;
  }

  /** Opens demo mode, in this screen's language: its keys, sandbox and journal are made now, off the FX thread. */
  public void tryDemo() {
    if (busy.get() || door.get() != Door.CHOOSING) {
      return;
    }
    busy.set(true);
    problem.set("");
    Messages m = messages();
    String chosen = language.get();
    tasks.call(() -> {
      TerminalContext terminal = TerminalContext.demo(setup.clock(), setup.demoJournal(), chosen);
      try {
        starter.start(terminal);
      } catch (Exception e) {
        terminal.close();
        throw e;
      }
      return terminal;
    }, ready -> {
      busy.set(false);
      opened.set(ready);
    }, e -> {
      log.info("demo mode cannot start (the reason is on the screen)", e);
      busy.set(false);
      problem.set(m.get("firstRun.demoFailed", StartupProblems.rootMessage(e)));
    });
  }

  /** Opens the set-up wizard, in the language chosen here. */
  public void setUp() {
    if (!busy.get()) {
      door.set(Door.SETTING_UP);
    }
  }

  /** From the wizard's first page back to the two doors. */
  public void backToDoors() {
    door.set(Door.CHOOSING);
  }

  /** A wizard for this screen's language and places. */
  public SetupWizardViewModel wizard() {
    return new SetupWizardViewModel(setup, language.get(), starter, tasks);
  }
}
