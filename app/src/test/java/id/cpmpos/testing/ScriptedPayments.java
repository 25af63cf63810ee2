package id.cpmpos.testing;

import id.cpmpos.journal.JournalException;
import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.scanner.ScannerDescription;
import id.cpmpos.terminal.InputProblem;
import id.cpmpos.terminal.PaymentOutcome;
import id.cpmpos.terminal.Payments;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The payment use case as a screen sees it, answering as the test scripts: each payment is written
 * (SENDING) and then answered by the next scripted answer, approved when none is left. What the
 * screen asked for is kept, and {@link #settle} is what the sync or a notify does to the journal.
 */
public final class ScriptedPayments implements Payments {
  /** One payment the screen asked for: the amount in the machine's notation, the QR and who read it. */
  public record Asked(String amount, String qr, ScannerDescription scanner) {}

  /** How the provider (or the journal) answers a payment just written. */
  @FunctionalInterface
  public interface Answer {
    PaymentOutcome to(PaymentRecord written) throws InputProblem;
  }

  /** The time a pending payment's outcome becomes certain after it was made, as the terminal's default. */
  public static final Duration CERTAIN_AFTER = Duration.ofMinutes(3);

  private final List<Asked> asked = new ArrayList<>();
  private final Deque<Answer> answers = new ArrayDeque<>();
  private final Map<String, PaymentRecord> journal = new HashMap<>();
  private int sequence;

  public static Answer approve() {
    return r -> new PaymentOutcome.Approved(
        Records.answered(r, PaymentState.APPROVED, "2006000", "Successful"));
  }

  public static Answer decline(String code, String message) {
    return r -> new PaymentOutcome.Declined(
        Records.answered(r, PaymentState.DECLINED, code, message));
  }

  /** The request left and no answer came back (a dropped connection): not known. */
  public static Answer loseTheAnswer() {
    return r -> new PaymentOutcome.Pending(
        Records.answered(r, PaymentState.UNKNOWN, null, "answer lost"),
        "answer lost");
  }

  /** The provider answered, but the journal refused to record it: held, pending. */
  public static Answer holdTheAnswer(JournalException.Problem why) {
    return r -> new PaymentOutcome.Pending(r, "answer held", why);
  }

  /** The provider could not be reached: nothing left. */
  public static Answer unreachable() {
    return r -> new PaymentOutcome.NotSent(
        Records.answered(r, PaymentState.NOT_SENT, null, "connection refused"),
        "connection refused");
  }

  /** The use case refuses the input before anything is written or sent. */
  public static Answer refuse(String messageKey, Object... args) {
    return r -> {
      throw new InputProblem(messageKey, args);
    };
  }

  /** The disk is full (SQLITE_FULL, as SQLite says it): the journal refused the payment's intent, nothing was sent. */
  public static Answer diskFull() {
    return r -> {
      throw new JournalException("cannot record the payment's intent",
          new SQLException("database or disk is full", null, 13));
    };
  }

  /** Something unexpected after the request may have left. */
  public static Answer fail(RuntimeException e) {
    return r -> {
      throw e;
    };
  }

  /** The next payments are answered so, in order. */
  public ScriptedPayments then(Answer... next) {
    answers.addAll(List.of(next));
    return this;
  }

  @Override
  public PaymentOutcome payScanned(String amountText, String qrContent, ScannerDescription scanner)
      throws InputProblem {
    asked.add(new Asked(amountText, qrContent, scanner));
    Answer answer = answers.isEmpty() ? approve() : answers.poll();
    PaymentRecord written = Records.sending(String.format("P%04d", ++sequence), amountText);
    PaymentOutcome outcome = answer.to(written);
    journal.put(written.partnerReferenceNo(), outcome.record());
    return outcome;
  }

  @Override
  public Optional<PaymentRecord> current(String partnerReferenceNo) {
    return Optional.ofNullable(journal.get(partnerReferenceNo));
  }

  @Override
  public OffsetDateTime outcomeCertainBy(PaymentRecord pending) {
    return pending.createdAt().plus(CERTAIN_AFTER);
  }

  /** What the sync's query or a notify writes: the payment now stands so. */
  public void settle(String partnerReferenceNo, PaymentState state, String code, String message) {
    journal.computeIfPresent(partnerReferenceNo,
        (ref, r) -> Records.answered(r, state, code, message));
  }

  /** Every payment the screen asked for, in order. */
  public List<Asked> asked() {
    return List.copyOf(asked);
  }

  /** The newest payment's row as the journal holds it now. */
  public PaymentRecord last() {
    return journal.get(String.format("P%04d", sequence));
  }
}
