package id.cpmpos.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.cpmpos.boot.TerminalContext;
import id.cpmpos.cli.CpmPosCommand;
import id.cpmpos.report.DayReport;
import id.cpmpos.report.Totals;
import id.cpmpos.sandbox.Scenario;
import id.cpmpos.snap.SnapJson;
import id.cpmpos.terminal.PaymentOutcome;
import id.cpmpos.testing.PostgresExtension;
import id.cpmpos.testing.TestPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report --chain} on a real PostgreSQL: two terminals with one ledger give a chain report
 * equal to the sum of their own reports, each terminal's row equal to its own report, through a
 * ledger outage in the middle of a push, with no row counted twice.
 */
@ExtendWith(PostgresExtension.class)
class ChainReportIT {
  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
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

  String pay(TerminalContext t, String amount, Scenario scenario) throws Exception {
    return t.payments().pay(amount, chain.sandbox.customerQr(scenario), null).record()
        .partnerReferenceNo();
  }

  @Test
  void theChainReportIsTheSumOfItsTerminalsOwnReportsThroughALedgerOutage() throws Exception {
    TestPostgres postgres = chain.postgres;
    TerminalContext a = chain.terminal("TERMA001", Map.of("chain.batchSize", "4"));
    TerminalContext b = chain.terminal("TERMB002", Map.of());
    a.supervisorPin().set(null, "2468".toCharArray());
    a.shifts().open("Sari", null);
    String a1 = pay(a, "10000.00", Scenario.APPROVE);
    pay(a, "25000.50", Scenario.APPROVE);
    String a3 = pay(a, "7000.00", Scenario.APPROVE);
    pay(a, "3000.00", Scenario.INSUFFICIENT_FUNDS);
    a.reversals().refund(a1, "4000.00", "damaged", "2468".toCharArray());
    a.reversals().cancel(a3, "wrong item", "2468".toCharArray());
    a.shifts().close();
    b.shifts().open("Budi", null);
    pay(b, "12000.00", Scenario.APPROVE);
    assertInstanceOf(PaymentOutcome.Pending.class,
        b.payments().pay("8000.00", chain.sandbox.customerQr(Scenario.DROP), null));
    pay(b, "3000.25", Scenario.APPROVE);

    // The ledger goes away after A's first batch; both terminals go on; it comes back.
    AtomicBoolean stopped = new AtomicBoolean();
    a.chain().orElseThrow().afterEachBatch(() -> {
      if (stopped.compareAndSet(false, true)) {
        postgres.stop();
      }
    });
    try {
      assertFalse(a.chain().orElseThrow().runOnce().ok());
      assertFalse(b.chain().orElseThrow().runOnce().ok());
      pay(b, "1500.00", Scenario.APPROVE);
    } finally {
      postgres.start();
    }
    for (TerminalContext t : new TerminalContext[]{a, b}) {
      assertTrue(t.chain().orElseThrow().runOnce().ok());
      assertTrue(t.chain().orElseThrow().runOnce().ok()); // and again: nothing doubles
    }

    LocalDate today = LocalDate.now(JAKARTA);
    DayReport ownA = a.dayReports().day(today);
    DayReport ownB = b.dayReports().day(today);
    ChainReport report = new ChainReportQuery(chain.ledger, JAKARTA).day(today);
    assertEquals(2, report.terminals());
    assertEquals(ownA.totals().plus(ownB.totals()), report.totals());
    assertEquals(ownA.toJson(), report.byTerminal().get(0).report().toJson());
    assertEquals(ownB.toJson(), report.byTerminal().get(1).report().toJson());
    // The figures themselves, so the comparison cannot pass on two empty reports.
    Totals sum = report.totals();
    assertEquals(6, sum.paidCount());
    assertEquals("58500.75", sum.paidTotal().toPlainString());
    assertEquals("7000.00", sum.cancelledTotal().toPlainString());
    assertEquals("4000.00", sum.refundedTotal().toPlainString());
    assertEquals(1, sum.declinedCount());
    assertEquals(1, sum.pendingCount());
    assertEquals(a.journal().verify().head(), report.byTerminal().get(0).report().auditHead());

    // The CLI, from hq's file: reads the ledger only.
    Path hq = dir.resolve("hq.properties");
    Files.writeString(hq, "chain.jdbcUrl=" + chain.ledgerUrl + "\nchain.user=" + postgres.user()
        + "\nchain.passwordFile=" + postgres.passwordFile() + "\nui.language=en\n");
    StringWriter out = new StringWriter();
    assertEquals(0,
        CpmPosCommand.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "--config",
            hq.toString(), "report", "--chain", "--json", "--date", today.toString()));
    JsonNode json = SnapJson.mapper().readTree(out.toString());
    assertEquals(2, json.get("terminals").asInt());
    assertEquals("47500.75", json.get("net").asText());
    assertEquals("TERMA001", json.get("byTerminal").get(0).get("terminalId").asText());
    assertEquals(ownA.totals().net().toPlainString(),
        json.get("byTerminal").get(0).get("net").asText());
    // Like every time the terminal prints, in the chain's zone (PostgreSQL hands instants back in UTC).
    OffsetDateTime pushedAt = OffsetDateTime
        .parse(json.get("byTerminal").get(0).get("pushedAt").asText());
    assertEquals(JAKARTA.getRules().getOffset(pushedAt.toInstant()), pushedAt.getOffset());

    StringWriter csv = new StringWriter();
    assertEquals(0,
        CpmPosCommand.run(new PrintWriter(csv), new PrintWriter(new StringWriter()), "--config",
            hq.toString(), "report", "--chain", "--csv", "--date", today.toString()));
    String[] lines = csv.toString().split("\r\n");
    assertEquals(4, lines.length, csv.toString());
    assertTrue(lines[3].startsWith("*,6,58500.75,7000.00,4000.00,47500.75,1,0,1,"), lines[3]);
  }
}
