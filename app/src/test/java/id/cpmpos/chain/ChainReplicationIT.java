package id.cpmpos.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.terminal.PaymentOutcome;
import id.cpmpos.terminal.ReversalOutcome;
import id.cpmpos.testing.Await;
import id.cpmpos.testing.PostgresExtension;
import id.cpmpos.testing.TestPostgres;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Terminals replicating their journals to one ledger on a real PostgreSQL: what the ledger holds
 * equals what the journals hold, through duplicate pushes, a rewritten journal, and a database
 * stopped and started again in the middle of a push.
 */
@ExtendWith(PostgresExtension.class)
class ChainReplicationIT {
  @TempDir Path dir;
  ChainFixture chain;

  @BeforeEach
  void start(TestPostgres postgres) throws Exception {
    chain = new ChainFixture(postgres, dir);
  }

  @AfterEach
  void stop() {
    chain.close();
  }

  String pay(TerminalContext t, String amount) throws Exception {
    PaymentOutcome outcome = t.payments().pay(amount, chain.sandbox.customerQr(), null);
    assertInstanceOf(PaymentOutcome.Approved.class, outcome, outcome.toString());
    return outcome.record().partnerReferenceNo();
  }

  ChainReplicator.Cycle push(TerminalContext t) {
    ChainReplicator.Cycle cycle = t.chain().orElseThrow().runOnce();
    assertTrue(cycle.ok(), cycle.toString());
    return cycle;
  }

  BigDecimal journalTotal(TerminalContext t, PaymentState state) {
    return t.journal().payments().recent(1000).stream().filter(p -> p.state() == state)
        .map(PaymentRecord::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
  }

  @Test
  void twoTerminalsReplicateToOneLedgerAndPushingTwiceChangesNothing() throws Exception {
    TerminalContext a = chain.terminal("TERMA001", Map.of());
    TerminalContext b = chain.terminal("TERMB002", Map.of());
    a.supervisorPin().set(null, "2468".toCharArray());
    String a1 = pay(a, "10000.00");
    pay(a, "25000.50");
    String a3 = pay(a, "7000.00");
    pay(b, "12000.00");
    pay(b, "3000.25");
    ReversalOutcome refund = a.reversals().refund(a1, "4000.00", "damaged", "2468".toCharArray());
    assertEquals("SUCCEEDED", refund.state().name(), refund.toString());
    ReversalOutcome cancel = a.reversals().cancel(a3, "wrong item", "2468".toCharArray());
    assertEquals("SUCCEEDED", cancel.state().name(), cancel.toString());

    ChainReplicator.Cycle first = push(a);
    push(b);
    assertEquals(a.journal().verify().entries(), first.pushed());
    assertEquals(0, first.behind());

    // Twice: nothing new, nothing changed.
    long entries = chain.count("SELECT count(*) FROM audit_entries");
    assertEquals(0, push(a).pushed());
    assertEquals(0, push(b).pushed());
    assertEquals(entries, chain.count("SELECT count(*) FROM audit_entries"));

    assertEquals(3, chain.count("SELECT count(*) FROM payments WHERE terminal_id = 'TERMA001'"));
    assertEquals(2, chain.count("SELECT count(*) FROM payments WHERE terminal_id = 'TERMB002'"));
    for (TerminalContext t : new TerminalContext[]{a, b}) {
      String id = t.config().merchant().terminalId();
      for (PaymentState state : PaymentState.values()) {
        assertEquals(journalTotal(t, state),
            chain.sum("SELECT sum(amount) FROM payments WHERE terminal_id = ?"
                + " AND state = ?", id, state.name()),
            id + " " + state);
      }
      // The ledger holds each terminal's audit head, as `journal verify` prints it.
      assertEquals(t.journal().verify().head(),
          chain.text("SELECT head_hash FROM terminals WHERE terminal_id = ?", id));
      assertEquals(t.journal().verify().entries(),
          chain.count("SELECT count(*) FROM audit_entries WHERE terminal_id = ?", id));
    }
    assertEquals(new BigDecimal("4000.00"),
        chain.sum("SELECT sum(amount) FROM refunds WHERE state = 'SUCCEEDED'"));
    assertEquals("SUCCEEDED",
        chain.text("SELECT state FROM cancels WHERE partner_reference_no = ?", a3));
    assertEquals("CANCELLED",
        chain.text("SELECT state FROM payments WHERE partner_reference_no = ?", a3));
    // The PIN's hash never leaves the counter; its entry keeps its place in the chain.
    assertEquals(1, chain.count("SELECT count(*) FROM audit_entries WHERE entity = 'supervisor_pin'"
        + " AND snapshot IS NULL"));
    assertEquals(0,
        chain.count("SELECT count(*) FROM audit_entries WHERE snapshot LIKE '%pbkdf2%'"));
  }

  @Test
  void aBatchPushedAgainAfterACrashChangesNothingAndARewrittenJournalShows() throws Exception {
    TerminalContext a = chain.terminal("TERMA001", Map.of("chain.batchSize", "3"));
    pay(a, "10000.00");
    String second = pay(a, "20000.00");
    push(a);
    long entries = chain.count("SELECT count(*) FROM audit_entries");
    String state = chain
        .text("SELECT state || updated_at FROM payments WHERE partner_reference_no = ?", second);

    // A crash after the ledger's commit but before the mark was written: everything goes again.
    Path journal = a.config().journalPath();
    sqlite(journal, "UPDATE chain_marks SET seq = 0");
    ChainReplicator.Cycle again = push(a);
    assertEquals(0, again.pushed());
    assertEquals(0, again.conflicts());
    assertEquals(entries, chain.count("SELECT count(*) FROM audit_entries"));
    assertEquals(state, chain
        .text("SELECT state || updated_at FROM payments WHERE partner_reference_no = ?", second));
    assertNull(chain.text("SELECT diverged_at_seq FROM terminals"));

    // Someone rewrites an entry already replicated: the ledger keeps its copy and says where.
    sqlite(journal, "UPDATE audit_log SET hash = '" + "f".repeat(64) + "' WHERE seq = 2");
    sqlite(journal, "UPDATE chain_marks SET seq = 0");
    assertEquals(1, push(a).conflicts());
    assertEquals("2",
        chain.text("SELECT diverged_at_seq::text FROM terminals WHERE terminal_id = 'TERMA001'"));
    assertEquals(1, chain.count("SELECT count(*) FROM audit_conflicts WHERE seq = 2"));
  }

  @Test
  void theDatabaseStoppedMidPushLosesNothingDoublesNothingAndNeverStopsAPayment() throws Exception {
    TestPostgres postgres = chain.postgres;
    if (!postgres.controllable()) {
      throw new IllegalStateException(
          "this test stops the database: give CPMPOS_TEST_PG_DATA and CPMPOS_TEST_PG_BIN");
    }
    TerminalContext a = chain.terminal("TERMA001", Map.of("chain.batchSize", "2"));
    TerminalContext b = chain.terminal("TERMB002", Map.of());
    for (int i = 1; i <= 3; i++) {
      pay(a, i + "000.00");
    }
    pay(b, "500.00");
    ChainReplicator replicator = a.chain().orElseThrow();
    AtomicBoolean stopped = new AtomicBoolean();
    // The first batch reaches the ledger, then the database goes away under the push.
    replicator.afterEachBatch(() -> {
      if (stopped.compareAndSet(false, true)) {
        postgres.stop();
      }
    });
    try {
      ChainReplicator.Cycle cut = replicator.runOnce();
      assertFalse(cut.ok(), cut.toString());
      assertEquals(2, cut.pushed());
      assertTrue(cut.behind() > 0);

      // With the ledger down, the replicator's thread retrying, payments go on as before.
      a.startChain();
      long before = System.nanoTime();
      String whileDown = pay(a, "4000.00");
      assertTrue(Duration.ofNanos(System.nanoTime() - before).compareTo(Duration.ofSeconds(2)) < 0,
          "a payment waited for the ledger");
      assertNotNull(a.journal().payments().find(whileDown).orElseThrow());
    } finally {
      postgres.start();
    }
    replicator.afterEachBatch(() -> {});
    // Back: the background thread (backing off 1 s, 2 s, …) catches up on its own.
    Await.until(Duration.ofSeconds(30), () -> replicator.last() != null && replicator.last().ok()
        && replicator.last().behind() == 0, "pushes resumed after the ledger came back");
    push(b);

    assertEquals(a.journal().verify().entries(),
        chain.count("SELECT count(*) FROM audit_entries WHERE terminal_id = 'TERMA001'"));
    assertEquals(4, chain.count("SELECT count(*) FROM payments WHERE terminal_id = 'TERMA001'"));
    assertEquals(1, chain.count("SELECT count(*) FROM payments WHERE terminal_id = 'TERMB002'"));
    assertEquals(journalTotal(a, PaymentState.APPROVED),
        chain.sum(
            "SELECT sum(amount) FROM payments WHERE terminal_id = 'TERMA001' AND state = 'APPROVED'"));
    assertEquals(a.journal().verify().head(),
        chain.text("SELECT head_hash FROM terminals WHERE terminal_id = 'TERMA001'"));
  }

  private static void sqlite(Path file, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout=5000");
      s.executeUpdate(sql);
    }
  }
}
