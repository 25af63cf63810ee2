package id.cpmpos.ui.setup;

import id.cpmpos.boot.ConnectionTest;
import id.cpmpos.boot.StartupProblems;
import id.cpmpos.boot.TerminalContext;
import id.cpmpos.i18n.Messages;
import id.cpmpos.logging.LogMask;
import id.cpmpos.snap.CallOutcome;
import id.cpmpos.snap.Pem;
import id.cpmpos.snap.ResponseCatalogue;
import id.cpmpos.terminal.InputProblem;
import id.cpmpos.terminal.SupervisorPin;
import id.cpmpos.ui.TaskExecutor;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The set-up wizard's logic: its answers, each checked where it is typed against the configuration's
 * rules (localised), the pages, then the connection test and installation off the FX thread, then the
 * supervisor PIN. Nothing is saved unless the provider accepted a token request and a signed query;
 * the client secret is never logged, shown or put in an exception's text.
 */
public final class SetupWizardViewModel {
  private static final Logger log = LoggerFactory.getLogger(SetupWizardViewModel.class);
  private static final Pattern CHANNEL = Pattern.compile("\\d{5}");
  private static final Pattern LOOPBACK_V4 = Pattern
      .compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

  private final FirstRunSetup setup;
  private final Messages messages;
  private final String language;
  private final TerminalStart starter;
  private final TaskExecutor tasks;

  private final Map<SetupField, StringProperty> values = new EnumMap<>(SetupField.class);
  private final Map<SetupField, StringProperty> errors = new EnumMap<>(SetupField.class);
  private final ObjectProperty<SetupPage> page = new SimpleObjectProperty<>(SetupPage.PROVIDER);
  private final BooleanProperty busy = new SimpleBooleanProperty();
  /** The connection test's result in words: empty before it; on the PIN page, what was installed. */
  private final StringProperty testResult = new SimpleStringProperty("");
  private final BooleanProperty testFailed = new SimpleBooleanProperty();
  private final StringProperty pinProblem = new SimpleStringProperty("");
  private final BooleanProperty pinAlreadySet = new SimpleBooleanProperty();
  /** Set, on the FX thread, when the installed terminal is ready for its checkout. */
  private final ObjectProperty<TerminalContext> opened = new SimpleObjectProperty<>();
  /** The installed terminal, opened to set its PIN; handed over through {@link #opened}. */
  private TerminalContext installed;

  /**
   * @param language {@code id} or {@code en}: the wizard's and the installed terminal's ({@code ui.language})
   */
  public SetupWizardViewModel(FirstRunSetup setup, String language, TerminalStart starter,
      TaskExecutor tasks) {
    this.setup = setup;
    this.language = language;
    this.messages = Messages.forLanguage(language);
    this.starter = starter;
    this.tasks = tasks;
    for (SetupField f : SetupField.values()) {
      values.put(f, new SimpleStringProperty(""));
      errors.put(f, new SimpleStringProperty(""));
    }
  }

  public Messages messages() {
    return messages;
  }

  public StringProperty value(SetupField field) {
    return values.get(field);
  }

  /** Why the field's value is refused, in the wizard's language; empty when it is fine. */
  public StringProperty error(SetupField field) {
    return errors.get(field);
  }

  public ObjectProperty<SetupPage> pageProperty() {
    return page;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public StringProperty testResultProperty() {
    return testResult;
  }

  public BooleanProperty testFailedProperty() {
    return testFailed;
  }

  public StringProperty pinProblemProperty() {
    return pinProblem;
  }

  public BooleanProperty pinAlreadySetProperty() {
    return pinAlreadySet;
  }

  public ObjectProperty<TerminalContext> openedProperty() {
    return opened;
  }

  /** Checks the current page's answers and, if they are all fine, goes to the next page. */
  public boolean next() {
    SetupPage now = page.get();
    if (busy.get() || now.ordinal() >= SetupPage.TEST.ordinal() || !validate(now)) {
      return false;
    }
    page.set(SetupPage.values()[now.ordinal() + 1]);
    return true;
  }

  /** Back one page; not from the PIN page: by then the configuration is installed. */
  public boolean back() {
    SetupPage now = page.get();
    if (busy.get() || now == SetupPage.PROVIDER || now == SetupPage.PIN) {
      return false;
    }
    page.set(SetupPage.values()[now.ordinal() - 1]);
    return true;
  }

  /** Checks every field of {@code p}, setting each one's error; true when none has one. */
  boolean validate(SetupPage p) {
    boolean ok = true;
    for (SetupField f : SetupField.values()) {
      if (f.page() == p) {
        String problem = problem(f, values.get(f).get());
        errors.get(f).set(problem);
        ok &= problem.isEmpty();
      }
    }
    return ok;
  }

  private String problem(SetupField f, String raw) {
    String v = raw == null ? "" : raw.strip();
    if (v.isEmpty()) {
      return f.required() ? messages.get("setup.error.required") : "";
    }
    if (v.codePointCount(0, v.length()) > f.maxLength()) {
      return messages.get("setup.error.tooLong", f.maxLength());
    }
    return switch (f) {
      case BASE_URL -> urlProblem(v);
      case CHANNEL_ID -> CHANNEL.matcher(v).matches() ? "" : messages.get("setup.error.channel");
      case PRIVATE_KEY -> keyProblem(v, true);
      case PROVIDER_KEY -> keyProblem(v, false);
      default -> "";
    };
  }

  /** The configuration's rule: https, or http to this computer only (the sandbox). */
  private String urlProblem(String v) {
    try {
      URI uri = new URI(v);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (uri.getHost() == null
          || !(scheme.equals("https") || scheme.equals("http") && isLoopback(uri.getHost()))) {
        return messages.get("setup.error.url");
      }
      return "";
    } catch (URISyntaxException e) {
      return messages.get("setup.error.url");
    }
  }

  private static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost") || h.equals("[::1]") || LOOPBACK_V4.matcher(h).matches();
  }

  private String keyProblem(String v, boolean privateKey) {
    Path file;
    try {
      file = Path.of(v);
    } catch (InvalidPathException e) {
      return messages.get("setup.error.file", v);
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      return messages.get("setup.error.file", v);
    }
    try {
      if (privateKey) {
        Pem.readPrivateKey(file);
      } else {
        Pem.readPublicKey(file);
      }
      return "";
    } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
      return messages.get(privateKey ? "setup.error.privateKey" : "setup.error.publicKey");
    }
  }

  /**
   * Checks every answer, then, off the FX thread, asks the provider (a token request and a signed
   * query) and installs the configuration only if it accepted them. A refusal shows the provider's
   * code, message and meaning, and nothing is saved.
   */
  public void testConnection() {
    if (busy.get() || page.get() != SetupPage.TEST) {
      return;
    }
    for (SetupPage p : new SetupPage[]{SetupPage.PROVIDER, SetupPage.KEYS, SetupPage.MERCHANT}) {
      if (!validate(p)) {
        page.set(p);
        return;
      }
    }
    WizardInstall.Answers answers = answers();
    LogMask.register(answers.clientSecret()); // whatever logs it later, by mistake, prints *** instead
    busy.set(true);
    testFailed.set(false);
    testResult.set(messages.get("setup.test.running"));
    tasks.call(() -> {
      WizardInstall.Outcome outcome = WizardInstall.testThenInstall(answers, setup);
      if (!(outcome instanceof WizardInstall.Outcome.Installed done)) {
        return new Tested(outcome, null, false);
      }
      TerminalContext terminal = TerminalContext.open(done.config(), setup.clock());
      return new Tested(outcome, terminal, terminal.supervisorPin().isSet());
    }, this::tested, e -> {
      log.warn("the set-up wizard could not test or install the configuration: {}", e.toString());
      busy.set(false);
      testFailed.set(true);
      testResult.set(messages.get("setup.test.error", StartupProblems.rootMessage(e)));
    });
  }

  /** The connection test's outcome and, once installed, the terminal opened to set its PIN. */
  private record Tested(WizardInstall.Outcome outcome, TerminalContext terminal, boolean pinSet) {}

  private void tested(Tested t) {
    busy.set(false);
    testFailed.set(t.terminal() == null);
    if (t.outcome() instanceof WizardInstall.Outcome.Invalid invalid) {
      String shown = messages.get("setup.test.invalid", invalid.problem().getMessage());
      testResult.set(shown);
      SetupField at = SetupField.forKey(invalid.problem().key());
      if (at != null) {
        errors.get(at).set(shown);
        page.set(at.page());
      }
    } else if (t.outcome() instanceof WizardInstall.Outcome.Refused refused) {
      testResult.set(refusal(refused.test()));
    } else {
      testResult.set(messages.get("setup.test.installed",
          ((WizardInstall.Outcome.Installed) t.outcome()).config()));
      values.get(SetupField.CLIENT_SECRET).set(""); // in its owner-only file now; not kept in memory
      installed = t.terminal();
      pinAlreadySet.set(t.pinSet());
      page.set(SetupPage.PIN);
    }
  }

  private WizardInstall.Answers answers() {
    Map<String, String> plain = new LinkedHashMap<>();
    for (SetupField f : SetupField.values()) {
      if (f.page() != SetupPage.KEYS) {
        plain.put(f.configKey(), values.get(f).get() == null ? "" : values.get(f).get().strip());
      }
    }
    String providerKey = values.get(SetupField.PROVIDER_KEY).get();
    return new WizardInstall.Answers(plain,
        Path.of(values.get(SetupField.PRIVATE_KEY).get().strip()),
        providerKey == null || providerKey.isBlank() ? null : Path.of(providerKey.strip()),
        values.get(SetupField.CLIENT_SECRET).get(), language);
  }

  /** The provider's refusal in words: which step, its code and message, and what the code means. */
  private String refusal(ConnectionTest.Result test) {
    if (test.outcome() instanceof CallOutcome.Answered<?> a) {
      return messages.get("setup.test.refused." + test.step()) + "\n"
          + messages.get("setup.test.answer",
              a.code().toString(), a.message() == null ? "–" : a.message(),
              ResponseCatalogue.standard().cashierMessage(a.code(), messages.locale()));
    }
    // No answer to show: the provider was not reached, or its answer was lost or unreadable.
    String reason = test.outcome() instanceof CallOutcome.NotSent<?> n
        ? n.reason()
        : ((CallOutcome.Unknown<?>) test.outcome()).reason();
    return messages.get("setup.test.unreachable", reason);
  }

  /**
   * Sets the supervisor PIN (typed twice; both arrays are wiped here), then opens the checkout. With a
   * PIN already in the journal (a journal kept from an earlier installation), it stays and both may be empty.
   */
  public void finish(char[] pin, char[] repeat) {
    if (busy.get() || page.get() != SetupPage.PIN || installed == null) {
      SupervisorPin.wipe(pin);
      SupervisorPin.wipe(repeat);
      return;
    }
    boolean keep = pinAlreadySet.get();
    if (!keep && !Arrays.equals(pin, repeat)) {
      SupervisorPin.wipe(pin);
      SupervisorPin.wipe(repeat);
      pinProblem.set(messages.get("setup.pin.differ"));
      return;
    }
    SupervisorPin.wipe(repeat);
    busy.set(true);
    pinProblem.set("");
    TerminalContext terminal = installed;
    // A try after a failed start does not set the PIN again: it is in the journal by then.
    AtomicBoolean pinNowSet = new AtomicBoolean(keep);
    tasks.run(() -> {
      try {
        if (!keep) {
          terminal.supervisorPin().set(null, pin);
          pinNowSet.set(true);
        }
      } finally {
        SupervisorPin.wipe(pin);
      }
      starter.start(terminal);
    }, () -> {
      busy.set(false);
      pinAlreadySet.set(true);
      pinProblem.set("");
      installed = null;
      opened.set(terminal);
    }, e -> {
      busy.set(false);
      pinAlreadySet.set(pinNowSet.get());
      if (e instanceof InputProblem p) {
        pinProblem.set(messages.get(p.messageKey(), p.args()));
      } else if (e instanceof IOException io) {
        pinProblem.set(
            StartupProblems.notifyFailed(io, terminal.config().notifyReceiver().port(), messages));
      } else {
        log.warn("the set-up wizard could not set the PIN or start the terminal: {}", e.toString());
        pinProblem.set(messages.get("setup.test.error", StartupProblems.rootMessage(e)));
      }
    });
  }

  /** Closes a terminal opened for its PIN but never handed over (the window closed on the PIN page). */
  public void close() {
    if (installed != null) {
      installed.close();
      installed = null;
    }
  }
}
