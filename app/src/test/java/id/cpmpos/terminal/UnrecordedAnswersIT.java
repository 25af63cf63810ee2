package id.cpmpos.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.cpmpos.boot.TerminalContext;
import id.cpmpos.cli.CpmPosCommand;
import id.cpmpos.journal.ActionState;
import id.cpmpos.journal.CallRecord;
import id.cpmpos.journal.JournalException;
import id.cpmpos.journal.JournalFaults;
import id.cpmpos.journal.PaymentRules;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.sandbox.SandboxLedger;
import id.cpmpos.snap.SnapService;
import id.cpmpos.testing.SandboxFixture;
import id.cpmpos.testing.Terminals;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The provider answers, and then the journal refuses to record the answer: another process holds
 * its write lock past the busy timeout (SQLITE_BUSY), or it cannot grow (SQLITE_FULL). Money has
 * moved, so the outcome is pending, never failed; the answer is kept and written as soon as the
 * journal takes it. Real SQLite failures, the real sandbox on loopback.
 */
class UnrecordedAnswersIT {
  @TempDir Path dir;
  SandboxFixture fixture;
  TerminalContext terminal;
  Path journalFile;
  final AtomicReference<JournalFaults.WriteLock> lock = new AtomicReference<>();

  @BeforeEach
  void start() throws Exception {
    fixture = new SandboxFixture(dir);
    terminal = TerminalContext.open(fixture.config, Clock.systemUTC());
    journalFile = terminal.config().journalPath();
  }

  @AfterEach
  void stop() throws Exception {
    releaseLock();
    if (terminal != null) {
      terminal.close();
    }
    fixture.close();
  }

  /** The lock is taken at the moment the provider has booked the request and is about to answer. */
  void lockTheJournalWhenTheProviderAnswers(SnapService service) {
    fixture.sandbox.beforeAnswering(s -> {
      if (s == service) {
        try {
          lock.set(JournalFaults.holdWriteLock(journalFile));
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      }
    });
  }

  void releaseLock() throws Exception {
    JournalFaults.WriteLock held = lock.getAndSet(null);
    if (held != null) {
      held.close();
    }
  }

  @Test
  void aPaymentAnsweredWhileAnotherProcessHoldsTheJournalIsPendingAndItsAnswerIsWrittenOnceTheLockGoes()
      throws Exception {
    lockTheJournalWhenTheProviderAnswers(SnapService.PAYMENT);

    PaymentOutcome outcome = terminal.payments().pay("25000.00", fixture.customerQr(), null);

    PaymentOutcome.Pending pending = (PaymentOutcome.Pending) outcome;
    assertEquals(JournalException.Problem.BUSY, pending.unrecorded());
    assertEquals(PaymentState.UNKNOWN, pending.record().state(),
        "pending: never failed, never not sent");
    assertEquals("2006000", pending.record().responseCode(), "what the provider said is kept");
    assertEquals(1, fixture.sandbox.ledger().chargedCount(), "the customer was charged");
    String ref = pending.record().partnerReferenceNo();
    assertEquals(PaymentState.SENDING,
        terminal.journal().payments().find(ref).orElseThrow().state());

    releaseLock();
    terminal.sync().runOnce(false);

    assertEquals(PaymentState.APPROVED,
        terminal.journal().payments().find(ref).orElseThrow().state());
    assertEquals("2006000", terminal.journal().payments().find(ref).orElseThrow().responseCode());
    List<String> calls = terminal.journal().calls().of(ref).stream().map(CallRecord::service)
        .toList();
    assertEquals(List.of("PAYMENT"), calls, "written from memory, not learnt again by a query");
    assertTrue(terminal.journal().verify().intact());
  }

  @Test
  void aPaymentAnsweredOnAFullDiskIsPendingAndItsAnswerIsWrittenWhenSpaceIsFree() throws Exception {
    fixture.sandbox.beforeAnswering(s -> {
      if (s == SnapService.PAYMENT) {
        try {
          JournalFaults.fillDisk(terminal.journal(), journalFile);
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      }
    });

    PaymentOutcome outcome = terminal.payments().pay("25000.00", fixture.customerQr(), null);

    PaymentOutcome.Pending pending = (PaymentOutcome.Pending) outcome;
    assertEquals(JournalException.Problem.DISK_FULL, pending.unrecorded());
    String ref = pending.record().partnerReferenceNo();
    terminal.sync().runOnce(false);
    assertEquals(PaymentState.SENDING,
        terminal.journal().payments().find(ref).orElseThrow().state(), "still full");

    JournalFaults.freeDisk(terminal.journal());
    terminal.sync().runOnce(false);

    assertEquals(PaymentState.APPROVED,
        terminal.journal().payments().find(ref).orElseThrow().state());
    assertEquals(1, fixture.sandbox.ledger().chargedCount());
  }

  @Test
  void aCancelAnsweredOnAFullDiskIsPendingAndCompletesOnceSpaceIsFree() throws Exception {
    Terminals.setPin(terminal);
    String ref = Terminals.paid(terminal, fixture, "40000.00");
    fixture.sandbox.beforeAnswering(s -> {
      if (s == SnapService.CANCEL) {
        try {
          JournalFaults.fillDisk(terminal.journal(), journalFile);
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      }
    });

    ReversalOutcome outcome = terminal.reversals().cancel(ref, "wrong amount",
        Terminals.PIN.toCharArray());

    assertEquals(ActionState.UNKNOWN, outcome.state());
    assertTrue(outcome.isPending());
    assertEquals(JournalException.Problem.DISK_FULL, outcome.unrecorded());
    assertEquals(SandboxLedger.CANCELLED,
        fixture.sandbox.ledger().payment(ref).orElseThrow().status());

    JournalFaults.freeDisk(terminal.journal());
    terminal.sync().runOnce(false);

    assertEquals(ActionState.SUCCEEDED,
        terminal.journal().reversals().cancel(ref).orElseThrow().state());
    assertEquals(PaymentState.CANCELLED,
        terminal.journal().payments().find(ref).orElseThrow().state());
    assertTrue(terminal.journal().syncSchedule().pending().isEmpty());
  }

  /** Releases the journal's lock once the command has printed its result, and keeps what it printed. */
  final class ReleasingWriter extends Writer {
    final StringBuilder text = new StringBuilder();

    @Override
    public void write(char[] buf, int off, int len) {
      text.append(buf, off, len);
    }

    @Override
    public void flush() {
      if (text.indexOf("journalProblem") >= 0) {
        try {
          releaseLock();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    }

    @Override
    public void close() {}
  }

  @Test
  void aRefundWhoseAnswerTheLockedJournalRefusedExitsPendingAndIsRecordedWhenTheLockGoes()
      throws Exception {
    Terminals.setPin(terminal);
    String ref = Terminals.paid(terminal, fixture, "100000.00");
    terminal.close();
    terminal = null;
    lockTheJournalWhenTheProviderAnswers(SnapService.REFUND);

    ReleasingWriter out = new ReleasingWriter();
    StringWriter err = new StringWriter();
    int status = CpmPosCommand.run(new BufferedReader(new StringReader("")),
        Map.of("CPM_POS_PIN", Terminals.PIN),
        new PrintWriter(out, true), new PrintWriter(err, true), "--config",
        fixture.config.toString(), "refund",
        "--ref", ref, "--amount", "100.00", "--json");

    // Exit 3 and the row with its state: a script that read "failed" refunded again, seven times.
    assertEquals(3, status, out.text + "\n" + err);
    JsonNode result = new ObjectMapper().readTree(out.text.toString());
    assertEquals("UNKNOWN", result.get("state").asText());
    assertEquals("BUSY", result.get("journalProblem").asText());
    assertTrue(
        err.toString().contains("dikunci oleh proses lain")
            || err.toString().contains("holds the journal"),
        err.toString());
    assertEquals(1, fixture.sandbox.ledger().refunds(ref).size());

    // The lock went as soon as the result was printed; the closing command wrote the held answer.
    terminal = TerminalContext.open(fixture.config, Clock.systemUTC());
    String refundNo = result.get("partnerRefundNo").asText();
    assertEquals(ActionState.SUCCEEDED,
        terminal.journal().reversals().refund(refundNo).orElseThrow().state());
    assertEquals(new BigDecimal("100.00"),
        PaymentRules.refunded(terminal.journal().reversals().refunds(ref)));
    assertTrue(terminal.journal().syncSchedule().pending().isEmpty());
    assertEquals(1, fixture.sandbox.ledger().refunds(ref).size(), "refunded once");
  }

  @Test
  void aRefundWhoseAnswerCouldNotBeRecordedBeforeTheProcessEndedIsSettledByTheNextSync()
      throws Exception {
    Terminals.setPin(terminal);
    String ref = Terminals.paid(terminal, fixture, "100000.00");
    lockTheJournalWhenTheProviderAnswers(SnapService.REFUND);

    ReversalOutcome outcome = terminal.reversals().refund(ref, "100.00", "damaged",
        Terminals.PIN.toCharArray());

    assertEquals(ActionState.UNKNOWN, outcome.state());
    assertEquals(JournalException.Problem.BUSY, outcome.unrecorded());
    assertNull(outcome.responseCode());
    // The process dies with the answer in memory (nothing flushes it); the journal holds SENDING.
    fixture.sandbox.beforeAnswering(s -> {});
    releaseLock();
    TerminalContext next = TerminalContext.open(fixture.config, Clock.systemUTC());
    try {
      assertEquals(ActionState.SENDING,
          next.journal().reversals().refund(outcome.key()).orElseThrow().state());
      next.sync().runOnce(false);
      assertEquals(ActionState.SUCCEEDED,
          next.journal().reversals().refund(outcome.key()).orElseThrow().state());
      assertEquals(1, fixture.sandbox.ledger().refunds(ref).size(),
          "the same partnerRefundNo: refunded once");
    } finally {
      next.close();
    }
  }
}
