package id.cpmpos.ui.settings;

import id.cpmpos.config.ConfigException;
import id.cpmpos.config.ConfigFileEdit;
import id.cpmpos.config.ConfigKeys;
import id.cpmpos.config.ConfigLoader;
import id.cpmpos.config.CounterConfig;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
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
  /** The shape the configuration accepts for {@code receipt.printer} (the receipt package parses the rest). */
  private static final Pattern PRINTER = Pattern.compile("(serial:.+|tcp:[^:]+:\\d{1,5}|file:.+)");
  private static final int MAX_AFFIX = 16;

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

  private final StringProperty language = new SimpleStringProperty("id");
  private final BooleanProperty sound = new SimpleBooleanProperty();
  private final StringProperty printer = new SimpleStringProperty("");
  private final BooleanProperty autoPrint = new SimpleBooleanProperty();
  private final StringProperty idleMinutes = new SimpleStringProperty("");
  private final BooleanProperty webcam = new SimpleBooleanProperty();
  private final BooleanProperty wedge = new SimpleBooleanProperty();
  private final StringProperty wedgePrefix = new SimpleStringProperty("");
  private final StringProperty wedgeSuffix = new SimpleStringProperty("");
  private final StringProperty serialPort = new SimpleStringProperty("");
  private final ObservableList<String> serialPorts = FXCollections.observableArrayList();
  private final StringProperty testScan = new SimpleStringProperty("");
  private final StringBuilder testScanRaw = new StringBuilder();

  /** The settings as last loaded or saved: what a save compares against, so only changes are written. */
  private TerminalConfig baseline;
  private SupervisorSessions.Session session;

  public SettingsViewModel(PinGate pins, Messages messages, Optional<Path> configFile,
      Supplier<TerminalConfig> live, SupervisorSessions sessions, Applier applier, Supplier<List<String>> ports,
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
    this.baseline = live.get();
    fill(baseline);
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
      List<String> choices = new java.util.ArrayList<>(found.ports());
      String configured = serialPort.get();
      if (!configured.isBlank() && !choices.contains(configured)) {
        choices.add(0, configured); // configured but not plugged in now: still shown, still kept
      }
      serialPorts.setAll(choices);
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
      fill(loadBaseline());
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
      fill(loadBaseline());
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
    testScanRaw.setLength(0);
    testScan.set("");
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
    String spec = printer.get().strip();
    PrinterSpec target;
    try {
      target = printerSpec(spec);
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

  /** A printer spec as the configuration and the receipt package both accept it; blank is null. */
  private static PrinterSpec printerSpec(String spec) throws InputProblem {
    if (spec.isBlank()) {
      throw new InputProblem("settings.printer.none");
    }
    try {
      PrinterSpec parsed = PrinterSpec.parse(spec);
      if (!PRINTER.matcher(spec).matches()) {
        throw new IllegalArgumentException("expected serial:PORT, tcp:HOST:PORT or file:PATH");
      }
      return parsed;
    } catch (IllegalArgumentException e) {
      throw new InputProblem("settings.printer.invalid", spec, e.getMessage());
    }
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
      changes = changes();
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
    Map<String, String> liveValues = liveValues();
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
    return messages.get("settings.saved") + (saved.restartNeeded() ? " " + messages.get("settings.saved.restart") : "");
  }

  /** The keys whose values the form changed, checked first; a null value removes the key. */
  Map<String, String> changes() throws InputProblem {
    String idle = idleMinutes.get().strip();
    if (!idle.matches("\\d{1,2}") || Integer.parseInt(idle) < 1 || Integer.parseInt(idle) > 60) {
      throw new InputProblem("settings.idle.invalid", idle);
    }
    String spec = printer.get().strip();
    if (!spec.isEmpty()) {
      printerSpec(spec);
    }
    if (autoPrint.get() && spec.isEmpty()) {
      throw new InputProblem("settings.autoPrint.needsPrinter");
    }
    if (wedgePrefix.get().length() > MAX_AFFIX || wedgeSuffix.get().length() > MAX_AFFIX) {
      throw new InputProblem("settings.wedge.tooLong", MAX_AFFIX);
    }
    TerminalConfig b = baseline;
    Map<String, String> changes = new LinkedHashMap<>();
    change(changes, ConfigKeys.LANGUAGE, language(b.language()), language.get());
    change(changes, ConfigKeys.UI_SOUND, onOff(b.counter().sound()), onOff(sound.get()));
    change(changes, ConfigKeys.RECEIPT_PRINTER, b.counter().receiptPrinter(), spec.isEmpty() ? null : spec);
    change(changes, ConfigKeys.RECEIPT_AUTO_PRINT, onOff(b.counter().autoPrint()), onOff(autoPrint.get()));
    change(changes, ConfigKeys.SUPERVISOR_IDLE_MINUTES, String.valueOf(b.counter().supervisorIdle().toMinutes()),
        String.valueOf(Integer.parseInt(idle)));
    if (!demo()) { // the demo's scanners are its own; they cannot be restarted from here
      var s = b.scanners();
      change(changes, ConfigKeys.SCANNER_WEBCAM, s.webcam(), webcam.get() ? (s.webcamOff() ? "auto" : s.webcam()) : "off");
      change(changes, ConfigKeys.SCANNER_WEDGE, onOff(s.wedge()), onOff(wedge.get()));
      change(changes, ConfigKeys.SCANNER_WEDGE_PREFIX, emptyToNull(s.wedgePrefix()), emptyToNull(wedgePrefix.get()));
      change(changes, ConfigKeys.SCANNER_WEDGE_SUFFIX, s.wedgeSuffix(),
          wedgeSuffix.get().isEmpty() ? "ENTER" : wedgeSuffix.get());
      change(changes, ConfigKeys.SCANNER_SERIAL_PORT, s.serialPort(), emptyToNull(serialPort.get().strip()));
    }
    return changes;
  }

  /** The live settings as configuration values (demo mode validates these). */
  private Map<String, String> liveValues() {
    Map<String, String> v = new LinkedHashMap<>();
    v.put(ConfigKeys.LANGUAGE, language.get());
    v.put(ConfigKeys.UI_SOUND, onOff(sound.get()));
    if (!printer.get().isBlank()) {
      v.put(ConfigKeys.RECEIPT_PRINTER, printer.get().strip());
    }
    v.put(ConfigKeys.RECEIPT_AUTO_PRINT, onOff(autoPrint.get()));
    v.put(ConfigKeys.SUPERVISOR_IDLE_MINUTES, idleMinutes.get().strip());
    CounterConfig c = baseline.counter();
    v.put(ConfigKeys.SALE_MAX_AMOUNT, c.saleMaxAmount().toPlainString());
    return v;
  }

  private static void change(Map<String, String> changes, String key, String was, String now) {
    if (!java.util.Objects.equals(was == null || was.isEmpty() ? null : was, now)) {
      changes.put(key, now);
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static String onOff(boolean on) {
    return on ? "on" : "off";
  }

  private static String language(String configured) {
    return "en".equalsIgnoreCase(configured) ? "en" : "id";
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

  private void fill(TerminalConfig c) {
    language.set(language(c.language()));
    sound.set(c.counter().sound());
    printer.set(c.counter().receiptPrinter() == null ? "" : c.counter().receiptPrinter());
    autoPrint.set(c.counter().autoPrint());
    idleMinutes.set(String.valueOf(c.counter().supervisorIdle().toMinutes()));
    webcam.set(!c.scanners().webcamOff());
    wedge.set(c.scanners().wedge());
    wedgePrefix.set(c.scanners().wedgePrefix());
    wedgeSuffix.set(c.scanners().wedgeSuffix());
    serialPort.set(c.scanners().serialPort() == null ? "" : c.scanners().serialPort());
  }

  /** Characters the scanner typed into the test field, shown so that control characters can be seen. */
  public void testScanTyped(String chars) {
    touch();
    testScanRaw.append(visible(chars));
    testScan.set(testScanRaw.toString());
  }

  /** A key that types no character of its own (Enter, Tab, Escape), shown by its name: {@code [ENTER]}. */
  public void testScanKey(String name) {
    touch();
    testScanRaw.append('[').append(name).append(']');
    testScan.set(testScanRaw.toString());
  }

  /** A code a scanner other than the keyboard (serial, camera) read while the test field was active. */
  public void testScanRead(String deviceId, String content) {
    touch();
    testScanRaw.setLength(0);
    testScan.set(messages.get("settings.scan.readBy", deviceId, visible(content)));
  }

  public void clearTestScan() {
    testScanRaw.setLength(0);
    testScan.set("");
  }

  /** Control characters by name in brackets ({@code [CR]}, {@code [TAB]}, {@code [GS]}, {@code [0x07]}), a space as ␣. */
  public static String visible(String raw) {
    StringBuilder out = new StringBuilder();
    raw.codePoints().forEach(c -> {
      switch (c) {
        case '\r' -> out.append("[CR]");
        case '\n' -> out.append("[LF]");
        case '\t' -> out.append("[TAB]");
        case 0x1b -> out.append("[ESC]");
        case 0x1d -> out.append("[GS]");
        case 0x1e -> out.append("[RS]");
        case 0x04 -> out.append("[EOT]");
        case ' ' -> out.append('\u2423');
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("[0x%02X]", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
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

  public StringProperty languageProperty() {
    return language;
  }

  public BooleanProperty soundProperty() {
    return sound;
  }

  public StringProperty printerProperty() {
    return printer;
  }

  public BooleanProperty autoPrintProperty() {
    return autoPrint;
  }

  public StringProperty idleMinutesProperty() {
    return idleMinutes;
  }

  public BooleanProperty webcamProperty() {
    return webcam;
  }

  public BooleanProperty wedgeProperty() {
    return wedge;
  }

  public StringProperty wedgePrefixProperty() {
    return wedgePrefix;
  }

  public StringProperty wedgeSuffixProperty() {
    return wedgeSuffix;
  }

  public StringProperty serialPortProperty() {
    return serialPort;
  }

  public ObservableList<String> serialPorts() {
    return serialPorts;
  }

  public StringProperty testScanProperty() {
    return testScan;
  }
}
