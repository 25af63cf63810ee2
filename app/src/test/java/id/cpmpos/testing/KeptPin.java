package id.cpmpos.testing;

import id.cpmpos.terminal.InputProblem;
import id.cpmpos.terminal.PinGate;
import id.cpmpos.terminal.SupervisorPin;
import java.util.Arrays;

/**
 * A supervisor PIN kept in memory, refusing as the journal's does: not set, missing, wrong (counted, of
 * {@link SupervisorPin#MAX_FAILURES}). The lockout itself is SupervisorPin's, tested with it.
 */
public final class KeptPin implements PinGate {
  private char[] pin;
  private int wrong;

  /** No PIN set yet. */
  public KeptPin() {}

  public KeptPin(String pin) {
    this.pin = pin.toCharArray();
  }

  @Override
  public boolean isSet() {
    return pin != null;
  }

  @Override
  public void check(char[] given) throws InputProblem {
    if (pin == null) {
      throw new InputProblem("pin.notSet");
    }
    if (given == null || given.length == 0) {
      throw new InputProblem("pin.required");
    }
    if (!Arrays.equals(pin, given)) {
      wrong++;
      throw new InputProblem("pin.wrong", wrong, SupervisorPin.MAX_FAILURES,
          SupervisorPin.LOCKOUT.toMinutes());
    }
    wrong = 0;
  }

  @Override
  public void set(char[] current, char[] next) throws InputProblem {
    if (pin != null) {
      if (current == null) {
        throw new InputProblem("pin.currentRequired");
      }
      check(current);
    }
    pin = next.clone();
  }

  /** The PIN as it stands, to see that a change took. */
  public boolean is(String candidate) {
    return pin != null && Arrays.equals(pin, candidate.toCharArray());
  }
}
