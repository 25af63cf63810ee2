package id.cpmpos.terminal;

import id.cpmpos.journal.DayReportQuery;
import id.cpmpos.journal.ShiftRecord;
import id.cpmpos.journal.ShiftRefused;
import id.cpmpos.journal.ShiftStore;
import id.cpmpos.report.Totals;
import java.util.Optional;

/**
 * Opening and closing the cashier's shift. A cashier is known by name; one who chose a PIN the first
 * time must give it to open a shift again under that name (a name alone is easily borrowed). The PIN
 * is hashed like the supervisor's and is no supervisor PIN: it authorises no cancel or refund.
 */
public final class Shifts {
  /** A closed shift and what happened during it. */
  public record Summary(ShiftRecord shift, Totals totals) {}

  private static final int MAX_NAME = 40;

  private final ShiftStore store;
  private final DayReportQuery reports;
  private final SupervisorPin pins;

  public Shifts(ShiftStore store, DayReportQuery reports, SupervisorPin pins) {
    this.store = store;
    this.reports = reports;
    this.pins = pins;
  }

  public Optional<ShiftRecord> current() {
    return store.open();
  }

  /** The totals so far of the open shift, or of any shift. */
  public Summary summary(ShiftRecord shift) {
    return new Summary(shift, reports.shift(shift.id()));
  }

  /**
   * Opens a shift for {@code cashier}. {@code pin} may be null or empty for a cashier without one; a
   * new name given with a PIN keeps it for next time.
   */
  public ShiftRecord open(String cashier, char[] pin) throws InputProblem {
    String name = cashier == null ? "" : cashier.strip();
    if (name.isEmpty() || name.length() > MAX_NAME
        || name.chars().anyMatch(Character::isISOControl)) {
      throw new InputProblem("shift.name", MAX_NAME);
    }
    boolean pinGiven = pin != null && pin.length > 0;
    Optional<String> known = store.cashierPinHash(name);
    String newHash = null;
    if (known.isPresent() && !known.get().isEmpty()) {
      if (!pinGiven) {
        throw new InputProblem("shift.pinRequired", name);
      }
      if (!SupervisorPin.matches(known.get(), pin)) {
        throw new InputProblem("shift.pinWrong", name);
      }
    } else if (known.isEmpty() && pinGiven) {
      if (!SupervisorPin.isWellFormed(pin)) {
        throw new InputProblem("pin.format", SupervisorPin.MIN_LENGTH, SupervisorPin.MAX_LENGTH);
      }
      newHash = pins.hash(pin);
    }
    try {
      return store.openShift(name, newHash);
    } catch (ShiftRefused e) {
      throw new InputProblem("shift.alreadyOpen", e.open().cashier(), e.open().id());
    }
  }

  /** Closes the open shift and returns its summary. */
  public Summary close() throws InputProblem {
    try {
      return summary(store.closeShift());
    } catch (ShiftRefused e) {
      throw new InputProblem("shift.noneOpen");
    }
  }
}
