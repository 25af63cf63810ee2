package id.cpmpos.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.journal.ActionState;
import id.cpmpos.journal.CallRecord;
import id.cpmpos.journal.Journal;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.testing.SandboxFixture;
import id.cpmpos.testing.Terminals;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a payment costs the disk: each commit of the journal is a sync (synchronous=FULL). A payment
 * commits its intent before the request leaves, then its answer together with the call's record;
 * a cancel its intent, SENDING, then its answer with the call's record. Against the real sandbox on
 * loopback.
 */
class SyncsPerPaymentIT {
  @TempDir Path dir;

  @Test
  void aPaymentCommitsItsIntentThenItsAnswerWithTheCallsRecord() throws Exception {
    try (SandboxFixture fixture = new SandboxFixture(dir);
        TerminalContext terminal = TerminalContext.open(fixture.config, Clock.systemUTC())) {
      Journal journal = terminal.journal();
      terminal.payments().pay("10000.00", fixture.customerQr(), null); // warm: token, connection
      for (int i = 0; i < 3; i++) {
        long before = journal.commits();
        PaymentOutcome paid = terminal.payments().pay("10000.00", fixture.customerQr(), null);
        assertInstanceOf(PaymentOutcome.Approved.class, paid);
        assertEquals(2, journal.commits() - before,
            "the intent, then the answer with its call's record");
        String ref = paid.record().partnerReferenceNo();
        assertEquals(PaymentState.APPROVED, journal.payments().find(ref).orElseThrow().state());
        List<CallRecord> calls = journal.calls().of(ref);
        assertEquals(1, calls.size());
        assertEquals("PAYMENT", calls.get(0).service());
        assertEquals("ANSWERED", calls.get(0).outcome());
      }
    }
  }

  @Test
  void aCancelCommitsItsIntentItsSendingThenItsAnswerWithTheCallsRecord() throws Exception {
    try (SandboxFixture fixture = new SandboxFixture(dir);
        TerminalContext terminal = TerminalContext.open(fixture.config, Clock.systemUTC())) {
      Terminals.setPin(terminal);
      String ref = Terminals.paid(terminal, fixture, "40000.00");
      Journal journal = terminal.journal();
      long before = journal.commits();
      ReversalOutcome cancelled = terminal.reversals().cancel(ref, "wrong amount",
          Terminals.PIN.toCharArray());
      long commits = journal.commits() - before;
      assertEquals(ActionState.SUCCEEDED, cancelled.state());
      assertEquals(3, commits, "the intent, SENDING, then the answer with its call's record");
      assertEquals(PaymentState.CANCELLED, journal.payments().find(ref).orElseThrow().state());
      assertEquals(List.of("PAYMENT", "CANCEL"),
          journal.calls().of(ref).stream().map(CallRecord::service).toList());
    }
  }
}
