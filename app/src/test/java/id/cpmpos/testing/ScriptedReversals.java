package id.cpmpos.testing;

import id.cpmpos.journal.ActionState;
import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.terminal.InputProblem;
import id.cpmpos.terminal.PaymentReversals;
import id.cpmpos.terminal.PinGate;
import id.cpmpos.terminal.ReversalOutcome;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reversal use case as a screen sees it: the PIN is checked first (as the real one does), then the
 * provider answers as the test scripts, done when nothing is scripted. What was asked is kept; nothing
 * is asked of the provider when the PIN or the input is refused.
 */
public final class ScriptedReversals implements PaymentReversals {
  /** A cancel or refund that got past the PIN: what the provider was asked. */
  public record Asked(String action, String ref, String amount, String reason) {}

  /** How the provider answers a reversal (or how the use case refuses it). */
  @FunctionalInterface
  public interface Answer {
    ReversalOutcome to(Asked asked, PaymentRecord payment) throws InputProblem;
  }

  private final PinGate pin;
  private final Map<String, PaymentRecord> payments = new HashMap<>();
  private final Deque<Answer> answers = new ArrayDeque<>();
  private final List<Asked> asked = new ArrayList<>();
  private final List<String> abandoned = new ArrayList<>();
  private InputProblem abandonRefused;

  public ScriptedReversals(PinGate pin, PaymentRecord... payments) {
    this.pin = pin;
    for (PaymentRecord p : payments) {
      this.payments.put(p.partnerReferenceNo(), p);
    }
  }

  public static Answer done() {
    return (a, p) -> new ReversalOutcome(ActionState.SUCCEEDED, key(a), p, "2007700", "Successful");
  }

  public static Answer rejected(String code, String message) {
    return (a, p) -> new ReversalOutcome(ActionState.REJECTED, key(a), p, code, message);
  }

  /** The provider cannot be reached: queued, the sync sends it later. */
  public static Answer queued() {
    return (a, p) -> new ReversalOutcome(ActionState.QUEUED, key(a), p, null, "connection refused");
  }

  /** Refused before anything is sent (an amount over what is left, a payment not charged). */
  public static Answer refuse(String messageKey, Object... args) {
    return (a, p) -> {
      throw new InputProblem(messageKey, args);
    };
  }

  private static String key(Asked a) {
    return a.action().equals("refund") ? "R-" + a.ref() : a.ref();
  }

  public ScriptedReversals then(Answer... next) {
    answers.addAll(List.of(next));
    return this;
  }

  /** The next abandon is refused (the journal cannot queue the cancel). */
  public void refuseAbandon(InputProblem why) {
    abandonRefused = why;
  }

  @Override
  public ReversalOutcome cancel(String ref, String reason, char[] supervisorPin)
      throws InputProblem {
    return answer(new Asked("cancel", ref, null, reason), supervisorPin);
  }

  @Override
  public ReversalOutcome refund(String ref, String amountText, String reason, char[] supervisorPin)
      throws InputProblem {
    return answer(new Asked("refund", ref, amountText, reason), supervisorPin);
  }

  private ReversalOutcome answer(Asked a, char[] supervisorPin) throws InputProblem {
    pin.check(supervisorPin);
    PaymentRecord p = payments.get(a.ref());
    if (p == null) {
      throw new InputProblem("payment.unknown", a.ref());
    }
    ReversalOutcome o = (answers.isEmpty() ? done() : answers.poll()).to(a, p);
    asked.add(a);
    return o;
  }

  @Override
  public void abandon(String ref) throws InputProblem {
    if (abandonRefused != null) {
      throw abandonRefused;
    }
    abandoned.add(ref);
  }

  /** The cancels and refunds asked of the provider, in order. */
  public List<Asked> asked() {
    return List.copyOf(asked);
  }

  /** The payments given up on at the counter, in order. */
  public List<String> abandoned() {
    return List.copyOf(abandoned);
  }
}
