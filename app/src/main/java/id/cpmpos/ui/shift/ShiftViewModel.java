package id.cpmpos.ui.shift;

import id.cpmpos.i18n.Messages;
import id.cpmpos.journal.ShiftRecord;
import id.cpmpos.report.ReportText;
import id.cpmpos.terminal.InputProblem;
import id.cpmpos.terminal.Shifts;
import id.cpmpos.terminal.SupervisorPin;
import id.cpmpos.ui.Formats;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opening and closing the cashier's shift. While one is open it shows who and since when, with the
 * totals so far; closing shows the shift's summary (the report's totals for the shift), ready to print.
 * Journal work runs on the background executor; properties change on the UI executor.
 */
public final class ShiftViewModel {
  private static final Logger log = LoggerFactory.getLogger(ShiftViewModel.class);

  private final Shifts shifts;
  private final Messages messages;
  private final Formats formats;
  private final Executor background;
  private final Executor ui;

  private final BooleanProperty open = new SimpleBooleanProperty();
  private final StringProperty current = new SimpleStringProperty("");
  private final StringProperty summary = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final StringProperty cashier = new SimpleStringProperty("");

  public ShiftViewModel(Shifts shifts, Messages messages, Formats formats, Executor background, Executor ui) {
    this.shifts = shifts;
    this.messages = messages;
    this.formats = formats;
    this.background = background;
    this.ui = ui;
  }

  /** Reads the open shift (if any) and its totals so far. */
  public void refresh() {
    background.execute(() -> {
      try {
        Optional<ShiftRecord> s = shifts.current();
        String text = s.map(this::describe).orElse(messages.get("shift.none"));
        ui.execute(() -> {
          open.set(s.isPresent());
          cashier.set(s.map(ShiftRecord::cashier).orElse(""));
          current.set(text);
        });
      } catch (RuntimeException e) {
        log.warn("cannot read the shift", e);
        ui.execute(() -> error.set(messages.get("history.readFailed")));
      }
    });
  }

  /** Opens a shift; the PIN (may be empty) is wiped once used. */
  public void openShift(String name, char[] pin) {
    error.set("");
    background.execute(() -> {
      try {
        shifts.open(name, pin);
        ui.execute(() -> summary.set(""));
        refresh();
      } catch (InputProblem p) {
        ui.execute(() -> error.set(messages.get(p.messageKey(), p.args())));
      } catch (RuntimeException e) {
        log.warn("cannot open a shift", e);
        ui.execute(() -> error.set(messages.get("history.readFailed")));
      } finally {
        SupervisorPin.wipe(pin);
      }
    });
  }

  /** Closes the open shift and shows its summary. */
  public void closeShift() {
    error.set("");
    background.execute(() -> {
      try {
        Shifts.Summary s = shifts.close();
        String text = summaryText(s);
        ui.execute(() -> summary.set(text));
        refresh();
      } catch (InputProblem p) {
        ui.execute(() -> error.set(messages.get(p.messageKey(), p.args())));
      } catch (RuntimeException e) {
        log.warn("cannot close the shift", e);
        ui.execute(() -> error.set(messages.get("history.readFailed")));
      }
    });
  }

  private String describe(ShiftRecord s) {
    return messages.get("shift.current", s.id(), s.cashier(), formats.time(s.openedAt())) + "\n"
        + totals(shifts.summary(s));
  }

  private String summaryText(Shifts.Summary s) {
    ShiftRecord r = s.shift();
    return messages.get("shift.summary.title", r.id(), r.cashier()) + "\n"
        + messages.get("shift.summary.times", formats.time(r.openedAt()), formats.time(r.closedAt())) + "\n"
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
