package id.cpmpos.terminal;

/**
 * The supervisor PIN as the screens use it ({@link SupervisorPin}): is one set, is this it (wrong tries
 * counted, locked out after too many), set the first one or change it. The arrays stay the caller's
 * to wipe ({@link SupervisorPin#wipe}) once used.
 */
public interface PinGate {
  boolean isSet();

  /** Refused with the reason (wrong, missing, locked out) as {@link InputProblem}. */
  void check(char[] pin) throws InputProblem;

  /** The first PIN ({@code current} null, only while none is set) or a change with the current one. */
  void set(char[] current, char[] next) throws InputProblem;
}
