package id.cpmpos.ui.settings;

import id.cpmpos.config.ConfigException;
import id.cpmpos.config.ConfigFileEdit;
import id.cpmpos.config.ConfigKeys;
import id.cpmpos.config.ConfigLoader;
import id.cpmpos.config.TerminalConfig;
import id.cpmpos.i18n.Messages;
import id.cpmpos.receipt.EscPosPrinter;
import id.cpmpos.receipt.PrinterSpec;
import id.cpmpos.terminal.InputProblem;
import id.cpmpos.terminal.PinGate;
import id.cpmpos.terminal.SupervisorPin;
import id.cpmpos.ui.TaskExecutor;
import id.cpmpos.ui.supervisor.SupervisorSessions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings screen, a supervisor's: with no supervisor PIN yet it offers only to set the first
 * one; then it opens a supervisor session with the PIN, which ends after the idle minutes without
 * input ({@link SupervisorSessions}) or when locked. In a session: the language, sounds, receipt
 * printer (with a test print) and printing after approval, the session's idle minutes, the
 * scanners, a test-scan field, and changing the PIN with the current one.
 *
 * <p>Saving writes only the keys that changed into the terminal's configuration file, validated as a
 * start would read it before the file is replaced ({@link ConfigFileEdit}); what a running terminal
 * can take (language, sound, printer and auto-print, idle minutes) applies at once, the scanners at
 * the next start. In demo mode there is no file: the same settings are validated and apply for the
 * session only.
 */
public final class SettingsViewModel {
  private static final Logger log = LoggerFactory.getLogger(SettingsViewModel.class);
  /** Applies saved settings to the running terminal; {@code languageChanged}: the screens are rebuilt in it. */
  public interface Applier {
    void apply(TerminalConfig saved, boolean languageChanged);
  }

  /** What a save said, carried over when the screens are rebuilt in the new language. */
  public record Saved(boolean demo, boolean restartNeeded) {}

  private final PinGate pins;
  private final Messages messages;
  private final Optional<Path> configFile;
  private final Supplier<TerminalConfig> live;
  private final SupervisorSessions sessions;
  private final Applier applier;
  private final Supplier<List<String>> ports;
  private final Clock clock;
  private final TaskExecutor tasks;

  private final BooleanProperty pinSet = new SimpleBooleanProperty();
  /** False until the journal was asked: the first-PIN form must not flash up while a PIN exists. */
  private final BooleanProperty pinChecked = new SimpleBooleanProperty();
  private final BooleanProperty unlocked = new SimpleBooleanProperty();
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final StringProperty problem = new SimpleStringProperty("");
  private final StringProperty notice = new SimpleStringProperty("");

  private final SettingsForm form = new SettingsForm();
  private final TestScanField testScan;

  /** The settings as last loaded or saved: what a save compares against, so only changes are written. */
  private TerminalConfig baseline;
  private SupervisorSessions.Session session;

  public SettingsViewModel(PinGate pins, Messages messages, Optional<Path> configFile,
      Supplier<TerminalConfig> live, SupervisorSessions sessions, Applier applier,
      Supplier<List<String>> ports,
      Clock clock, TaskExecutor tasks) {
    this.pins = pins;
    this.messages = messages;
    this.configFile = configFile;
    this.live = live;
    this.sessions = sessions;
    this.applier = applier;
    this.ports = ports;
    this.clock = clock;
    this.tasks = tasks;
    this.testScan = new TestScanField(messages, this::touch);
    this.baseline = live.get();
    form.fill(baseline);
  }

  /** True in demo mode: nothing is written, settings last for the session. */
  public boolean demo() {
    return configFile.isEmpty();
  }

  /** Reads whether a PIN is set and which serial ports there are; call when the screen is shown. */
  public void refresh() {
    tasks.call(() -> new Found(pins.isSet(), ports.get()), found -> {
      pinSet.set(found.pinSet());
      pinChecked.set(true);
      List<String> choices = new ArrayList<>(found.ports());
      String configured = form.serialPortProperty().get();
      if (!configured.isBlank() && !choices.contains(configured)) {
        choices.add(0, configured); // configured but not plugged in now: still shown, still kept
      }
      form.serialPorts().setAll(choices);
    }, e -> {
      log.error("cannot read whether a supervisor PIN is set", e);
      problem.set(messages.get("settings.failed"));
    });
  }

  /** What the screen reads when shown: is a PIN set, which serial ports are there. */
  private record Found(boolean pinSet, List<String> ports) {}

  /** Opens a supervisor session with the PIN (wiped once used). */
  public void unlock(char[] pin) {
    problem.set("");
    notice.set("");
    tasks.run(() -> {
      try {
        pins.check(pin);
      } finally {
        SupervisorPin.wipe(pin);
      }
    }, () -> {
      begin(sessions.begin(this::idleEnded));
      form.fill(loadBaseline());
    }, e -> refused("PIN check failed", e));
  }

  /**
   * Takes over a session opened before the screens were rebuilt in another language, with what its
   * save said. Nothing happens when it has ended meanwhile.
   */
  public void adopt(SupervisorSessions.Session open, Saved saved) {
    if (open != null && open.isOpen()) {
      pinSet.set(true);
      begin(open);
      open.onIdle(this::idleEnded);
      form.fill(loadBaseline());
      if (saved != null) {
        notice.set(savedNotice(saved));
      }
    }
  }

  /** The open session (for the screens rebuilt in another language to take over), or null. */
  public SupervisorSessions.Session session() {
    return session != null && session.isOpen() ? session : null;
  }

  private void begin(SupervisorSessions.Session s) {
    session = s;
    unlocked.set(true);
  }

  private void idleEnded() {
    tasks.onUi(() -> {
      clearForm();
      unlocked.set(false);
      session = null;
      notice.set(messages.get("settings.session.ended", sessions.limit().toMinutes()));
    });
  }

  /** Ends the session by hand (the Lock button, or leaving the screen). */
  public void lock() {
    if (session != null) {
      session.end();
      session = null;
    }
    clearForm();
    unlocked.set(false);
  }

  private void clearForm() {
    testScan.clear();
    problem.set("");
  }

  /** The supervisor did something on the screen: the session lasts the idle minutes from now. */
  public void touch() {
    if (session != null) {
      session.touch();
    }
  }

  /**
   * Sets the first PIN (only while none exists: it is typed twice) or, in a session, changes it
   * with the current one. Every array is wiped once used.
   */
  public void setPin(char[] current, char[] next, char[] repeat) {
    problem.set("");
    notice.set("");
    touch();
    boolean inSession = unlocked.get();
    tasks.call(() -> {
      try {
        if (!Arrays.equals(next, repeat)) {
          throw new InputProblem("settings.pin.mismatch");
        }
        boolean first = !pins.isSet();
        if (!first && !inSession) {
          throw new InputProblem("settings.locked"); // a PIN exists: changing it needs a session
        }
        if (!first && (current == null || current.length == 0)) {
          throw new InputProblem("settings.pin.currentMissing"); // not counted as a wrong PIN
        }
        pins.set(first ? null : current, next);
        return first;
      } finally {
        SupervisorPin.wipe(current);
        SupervisorPin.wipe(next);
        SupervisorPin.wipe(repeat);
      }
    }, first -> {
      pinSet.set(true);
      notice.set(messages.get(first ? "settings.pin.setFirst" : "settings.pin.changed"));
    }, e -> refused("setting the PIN failed", e));
  }

  /** A refused input in words; anything else failed unexpectedly, and is logged. */
  private void refused(String what, Exception e) {
    if (e instanceof InputProblem p) {
      problem.set(messages.get(p.messageKey(), p.args()));
    } else {
      log.error(what, e);
      problem.set(messages.get("settings.failed"));
    }
  }

  /** Prints a short test receipt on the printer in the printer field (saved or not). */
  public void testPrint() {
    problem.set("");
    notice.set("");
    touch();
    String spec = form.printerProperty().get().strip();
    PrinterSpec target;
    try {
      target = SettingsForm.printerSpec(spec);
    } catch (InputProblem p) {
      problem.set(messages.get(p.messageKey(), p.args()));
      return;
    }
    TerminalConfig config = live.get();
    List<String> lines = testReceipt(config);
    busy.set(true);
    tasks.run(() -> EscPosPrinter.print(lines, target), () -> {
      busy.set(false);
      notice.set(messages.get("settings.printer.printed", target.toString()));
    }, e -> {
      log.warn("test print on {} failed: {}", target, e.toString());
      busy.set(false);
      problem.set(messages.get("settings.printer.failed", target.toString(),
          e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    });
  }

  List<String> testReceipt(TerminalConfig config) {
    String line = "-".repeat(32);
    String when = ZonedDateTime.now(clock.withZone(config.zone()))
        .format(DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm z", Locale.ROOT));
    return List.of(line, messages.get("settings.printer.testTitle"),
        config.merchant().name() == null ? config.merchant().id() : config.merchant().name(),
        messages.get("settings.printer.testTerminal", config.merchant().terminalId()), when,
        messages.get("settings.printer.testOk"), line);
  }

  /**
   * Validates the form, writes what changed and applies what can apply live. A refused value
   * changes nothing: not the file, not the running terminal.
   */
  public void save() {
    problem.set("");
    notice.set("");
    touch();
    Map<String, String> changes;
    try {
      changes = form.changes(baseline, demo());
    } catch (InputProblem p) {
      problem.set(messages.get(p.messageKey(), p.args()));
      return;
    }
    if (changes.isEmpty()) {
      notice.set(messages.get("settings.unchanged"));
      return;
    }
    boolean languageChanged = changes.containsKey(ConfigKeys.LANGUAGE);
    boolean restart = changes.keySet().stream().anyMatch(k -> k.startsWith("scanner."));
    TerminalConfig current = live.get();
    Map<String, String> liveValues = form.liveValues(baseline);
    busy.set(true);
    tasks.call(() -> {
      if (configFile.isPresent()) {
        return ConfigFileEdit.apply(configFile.get(), changes);
      }
      Properties p = new Properties();
      p.putAll(liveValues);
      return current.withLive(liveValues.get(ConfigKeys.LANGUAGE), ConfigLoader.counterSettings(p));
    }, saved -> {
      busy.set(false);
      baseline = saved;
      Saved said = new Saved(demo(), restart && !demo());
      notice.set(savedNotice(said));
      applier.apply(saved, languageChanged);
    }, e -> {
      busy.set(false);
      if (e instanceof ConfigException c) {
        problem.set(messages.get("settings.invalid", c.key(), c.getMessage()));
      } else {
        log.error("saving the settings failed", e);
        problem.set(messages.get("settings.writeFailed", configFile.map(Path::toString).orElse(""),
            String.valueOf(e.getMessage())));
      }
    });
  }

  private String savedNotice(Saved saved) {
    if (saved.demo()) {
      return messages.get("settings.saved.demo");
    }
    return messages.get("settings.saved")
        + (saved.restartNeeded() ? " " + messages.get("settings.saved.restart") : "");
  }

  /** The file as it is now (another save, or an edit by hand, may have changed it); the live settings in demo. */
  private TerminalConfig loadBaseline() {
    if (configFile.isPresent()) {
      try {
        baseline = ConfigLoader.load(configFile.get());
      } catch (ConfigException e) {
        log.warn("settings shown from the running terminal: {}", e.getMessage());
        baseline = live.get();
      }
    } else {
      baseline = live.get();
    }
    return baseline;
  }

  /** The values a supervisor may change. */
  public SettingsForm form() {
    return form;
  }

  /** The test-scan field. */
  public TestScanField testScan() {
    return testScan;
  }

  public BooleanProperty pinSetProperty() {
    return pinSet;
  }

  public BooleanProperty pinCheckedProperty() {
    return pinChecked;
  }

  public BooleanProperty unlockedProperty() {
    return unlocked;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public StringProperty problemProperty() {
    return problem;
  }

  public StringProperty noticeProperty() {
    return notice;
  }
}
