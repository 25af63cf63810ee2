package id.cpmpos.testing;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.terminal.InputProblem;
import id.cpmpos.terminal.PaymentOutcome;

/** Small steps the UI tests share: a paid sale, a supervisor PIN. */
public final class Terminals {
  public static final String PIN = "2468";

  private Terminals() {}

  /** Pays {@code amount} with a fresh approving QR and returns the payment's partnerReferenceNo. */
  public static String paid(TerminalContext terminal, SandboxFixture fixture, String amount)
      throws InputProblem {
    PaymentOutcome o = terminal.payments().pay(amount, fixture.customerQr(), null);
    if (!(o instanceof PaymentOutcome.Approved)) {
      throw new AssertionError("expected an approval, got " + o);
    }
    return o.record().partnerReferenceNo();
  }

  public static void setPin(TerminalContext terminal) throws InputProblem {
    terminal.supervisorPin().set(null, PIN.toCharArray());
  }
}
