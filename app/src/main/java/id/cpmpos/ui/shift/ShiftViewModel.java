package id.cpmpos.ui.shift;

import id.cpmpos.i18n.Messages;
import id.cpmpos.journal.ShiftRecord;
import id.cpmpos.report.ReportText;
import id.cpmpos.terminal.InputProblem;
import id.cpmpos.terminal.Shifts;
import id.cpmpos.terminal.SupervisorPin;
import id.cpmpos.ui.Formats;
import id.cpmpos.ui.TaskExecutor;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opening and closing the cashier's shift. While one is open it shows who and since when, with the
 * totals so far; closing shows the shift's summary (the report's totals for the shift), ready to print.
 * Journal work runs off the UI thread; properties change on it.
 */
public final class ShiftViewModel {
  private static final Logger log = LoggerFactory.getLogger(ShiftViewModel.class);

  private final Shifts shifts;
  private final Messages messages;
  private final Formats formats;
  private final TaskExecutor tasks;

  private final BooleanProperty open = new SimpleBooleanProperty();
  private final StringProperty current = new SimpleStringProperty("");
  private final StringProperty summary = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final StringProperty cashier = new SimpleStringProperty("");

  public ShiftViewModel(Shifts shifts, Messages messages, Formats formats, TaskExecutor tasks) {
    this.shifts = shifts;
    this.messages = messages;
    this.formats = formats;
    this.tasks = tasks;
  }

  /** The open shift, if any, and what the screen says of it. */
  private record Current(Optional<ShiftRecord> shift, String text) {}

  /** Reads the open shift (if any) and its totals so far. */
  public void refresh() {
    tasks.call(() -> {
      Optional<ShiftRecord> s = shifts.current();
      return new Current(s, s.map(this::describe).orElse(messages.get("shift.none")));
    }, c -> {
      open.set(c.shift().isPresent());
      cashier.set(c.shift().map(ShiftRecord::cashier).orElse(""));
      current.set(c.text());
    }, e -> failed("cannot read the shift", e));
  }

  /** Opens a shift; the PIN (may be empty) is wiped once used. */
  public void openShift(String name, char[] pin) {
    error.set("");
    tasks.run(() -> {
      try {
        shifts.open(name, pin);
      } finally {
        SupervisorPin.wipe(pin);
      }
    }, () -> {
      summary.set("");
      refresh();
    }, e -> failed("cannot open a shift", e));
  }

  /** Closes the open shift and shows its summary. */
  public void closeShift() {
    error.set("");
    tasks.call(() -> summaryText(shifts.close()), text -> {
      summary.set(text);
      refresh();
    }, e -> failed("cannot close the shift", e));
  }

  /** A refused input in words; anything else is the journal's failure to read or write. */
  private void failed(String what, Exception e) {
    if (e instanceof InputProblem p) {
      error.set(messages.get(p.messageKey(), p.args()));
    } else {
      log.warn(what, e);
      error.set(messages.get("history.readFailed"));
    }
  }

  private String describe(ShiftRecord s) {
    return messages.get("shift.current", s.id(), s.cashier(), formats.time(s.openedAt())) + "\n"
        + totals(shifts.summary(s));
  }

  private String summaryText(Shifts.Summary s) {
    ShiftRecord r = s.shift();
    return messages.get("shift.summary.title", r.id(), r.cashier()) + "\n"
        + messages.get("shift.summary.times", formats.time(r.openedAt()),
            formats.time(r.closedAt()))
        + "\n"
        + totals(s);
  }

  private String totals(Shifts.Summary s) {
    StringBuilder b = new StringBuilder();
    ReportText.totals(b, s.totals(), messages::get, "");
    return b.toString();
  }

  public BooleanProperty openProperty() {
    return open;
  }

  /** The open shift and its totals so far, or "no shift open". */
  public StringProperty currentProperty() {
    return current;
  }

  /** The summary of the shift just closed (empty otherwise). */
  public StringProperty summaryProperty() {
    return summary;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public StringProperty cashierProperty() {
    return cashier;
  }
}
