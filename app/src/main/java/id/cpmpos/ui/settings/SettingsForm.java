package id.cpmpos.ui.settings;

import id.cpmpos.config.ConfigKeys;
import id.cpmpos.config.CounterConfig;
import id.cpmpos.config.TerminalConfig;
import id.cpmpos.receipt.PrinterSpec;
import id.cpmpos.terminal.InputProblem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The settings screen's form: the values a supervisor may change, filled from a configuration, checked
 * as a start would read them, and turned into the configuration keys that changed (only those are
 * written).
 */
public final class SettingsForm {
  /** The shape the configuration accepts for {@code receipt.printer} (the receipt package parses the rest). */
  private static final Pattern PRINTER = Pattern.compile("(serial:.+|tcp:[^:]+:\\d{1,5}|file:.+)");
  private static final int MAX_AFFIX = 16;

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

  /** The form as {@code c} has it. */
  void fill(TerminalConfig c) {
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

  /** The keys whose values the form changed, checked first; a null value removes the key. */
  Map<String, String> changes(TerminalConfig b, boolean demo) throws InputProblem {
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
    Map<String, String> changes = new LinkedHashMap<>();
    change(changes, ConfigKeys.LANGUAGE, language(b.language()), language.get());
    change(changes, ConfigKeys.UI_SOUND, onOff(b.counter().sound()), onOff(sound.get()));
    change(changes, ConfigKeys.RECEIPT_PRINTER, b.counter().receiptPrinter(),
        spec.isEmpty() ? null : spec);
    change(changes, ConfigKeys.RECEIPT_AUTO_PRINT, onOff(b.counter().autoPrint()),
        onOff(autoPrint.get()));
    change(changes, ConfigKeys.SUPERVISOR_IDLE_MINUTES,
        String.valueOf(b.counter().supervisorIdle().toMinutes()),
        String.valueOf(Integer.parseInt(idle)));
    if (!demo) { // the demo's scanners are its own; they cannot be restarted from here
      var s = b.scanners();
      change(changes, ConfigKeys.SCANNER_WEBCAM, s.webcam(),
          webcam.get() ? (s.webcamOff() ? "auto" : s.webcam()) : "off");
      change(changes, ConfigKeys.SCANNER_WEDGE, onOff(s.wedge()), onOff(wedge.get()));
      change(changes, ConfigKeys.SCANNER_WEDGE_PREFIX, emptyToNull(s.wedgePrefix()),
          emptyToNull(wedgePrefix.get()));
      change(changes, ConfigKeys.SCANNER_WEDGE_SUFFIX, s.wedgeSuffix(),
          wedgeSuffix.get().isEmpty() ? "ENTER" : wedgeSuffix.get());
      change(changes, ConfigKeys.SCANNER_SERIAL_PORT, s.serialPort(),
          emptyToNull(serialPort.get().strip()));
    }
    return changes;
  }

  /** The live settings as configuration values (demo mode validates these). */
  Map<String, String> liveValues(TerminalConfig baseline) {
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
    if (!Objects.equals(was == null || was.isEmpty() ? null : was, now)) {
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

  /** A printer spec as the configuration and the receipt package both accept it; blank is null. */
  static PrinterSpec printerSpec(String spec) throws InputProblem {
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
}
