package id.cpmpos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.cpmpos.journal.Journal;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.report.ReportCsv;
import id.cpmpos.sandbox.Scenario;
import id.cpmpos.testing.SandboxFixture;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end-of-day report and the shifts through the CLI against the sandbox on loopback: a day that
 * mixes paid, partly refunded, cancelled, declined, not-sent and pending payments over two cashiers'
 * shifts adds up exactly, training payments never count, and the report carries the audit head.
 */
class ReportCommandIT {
  static final String PIN = "482915";
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  @TempDir Path dir;
  SandboxFixture fixture;

  record Run(int status, String out, String err) {
    JsonNode json() throws Exception {
      return new ObjectMapper().readTree(out);
    }
  }

  @BeforeEach
  void start() throws Exception {
    fixture = new SandboxFixture(dir);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  Run withInput(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 2];
    all[0] = "--config";
    all[1] = fixture.config.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    int status = CpmPosCommand.run(new BufferedReader(new StringReader(stdin)), Map.of(),
        new PrintWriter(out, true),
        new PrintWriter(err, true), all);
    return new Run(status, out.toString(), err.toString());
  }

  Run cli(String... args) {
    return withInput("", args);
  }

  String pay(String amount, Scenario scenario, int expectedStatus) throws Exception {
    return pay(amount, fixture.customerQr(scenario), expectedStatus);
  }

  String pay(String amount, String qr, int expectedStatus) throws Exception {
    Run run = cli("pay", "--amount", amount, "--qr", qr, "--json");
    assertEquals(expectedStatus, run.status(), run.out() + run.err());
    return run.json().get("partnerReferenceNo").asText();
  }

  static void assertTotals(JsonNode n, int paidCount, String paid, String cancelled,
      String refunded, String net,
      int declined, int notSent, int pending) {
    assertEquals(paidCount, n.get("paidCount").asInt(), n::toString);
    assertEquals(paid, n.get("paidTotal").asText(), n::toString);
    assertEquals(cancelled, n.get("cancelledTotal").asText(), n::toString);
    assertEquals(refunded, n.get("refundedTotal").asText(), n::toString);
    assertEquals(net, n.get("net").asText(), n::toString);
    assertEquals(declined, n.get("declinedCount").asInt(), n::toString);
    assertEquals(notSent, n.get("notSentCount").asInt(), n::toString);
    assertEquals(pending, n.get("pendingCount").asInt(), n::toString);
  }

  @Test
  void aMixedDayAddsUpExactlyPerCashierAndShiftAndAnchorsTheAuditChain() throws Exception {
    assertEquals(0, withInput(PIN + "\n", "set-pin", "--stdin").status());
    Run opened = withInput("1357\n", "shift", "open", "--name", "Ani", "--pin-stdin", "--json");
    assertEquals(0, opened.status(), opened.err());
    long aniShift = opened.json().get("shiftId").asLong();

    pay("10000.00", Scenario.APPROVE, 0);
    String cancelled = pay("25000.00", Scenario.APPROVE, 0);
    assertEquals(0,
        withInput(PIN + "\n", "cancel", "--ref", cancelled, "--pin-stdin", "--json").status());
    String refunded = pay("40000.50", Scenario.APPROVE, 0);
    assertEquals(0,
        withInput(PIN + "\n", "refund", "--ref", refunded, "--amount", "15000.25", "--pin-stdin")
            .status());
    pay("5000.00", Scenario.INSUFFICIENT_FUNDS, 1);
    pay("12000.00", Scenario.DROP, 3);

    Run closed = cli("shift", "close", "--json");
    assertEquals(0, closed.status(), closed.err());
    assertTotals(closed.json(), 3, "75000.50", "25000.00", "15000.25", "35000.25", 1, 0, 1);
    assertTrue(!closed.json().get("closedAt").isNull());

    assertEquals(2, cli("shift", "open", "--name", "Ani").status(),
        "Ani chose a PIN: a name alone does not do");
    assertEquals(2, withInput("9999\n", "shift", "open", "--name", "Ani", "--pin-stdin").status(),
        "wrong cashier PIN");
    Run budi = cli("shift", "open", "--name", "Budi", "--json");
    assertEquals(0, budi.status(), budi.err());
    assertEquals(2, cli("shift", "open", "--name", "Citra").status(), "one shift at a time");
    pay("7000.00", Scenario.APPROVE, 0);
    String qrForLater = fixture.customerQr(Scenario.APPROVE);
    fixture.sandbox.stopListening();
    pay("9000.00", qrForLater, 1); // nothing reached the provider: not sent

    // A training (demo) sale paid on the same journal never counts.
    try (Journal journal = Journal.open(dir.resolve("journal.db"), Clock.systemUTC(), JAKARTA)) {
      journal.payments().recordIntent("TRAINING0001", new BigDecimal("99000.00"), "IDR", "hash",
          "T1", true);
      journal.payments().transition("TRAINING0001", PaymentState.SENDING, PaymentState.APPROVED,
          "R1", "2006000", "ok");
    }

    Run report = cli("report", "--json");

    assertEquals(0, report.status(), report.err());
    JsonNode r = report.json();
    assertEquals(LocalDate.now(JAKARTA).toString(), r.get("date").asText());
    assertTotals(r, 4, "82000.50", "25000.00", "15000.25", "42000.25", 1, 1, 1);
    assertEquals(2, r.get("byCashier").size());
    assertEquals("Ani", r.get("byCashier").get(0).get("cashier").asText());
    assertTotals(r.get("byCashier").get(0), 3, "75000.50", "25000.00", "15000.25", "35000.25", 1, 0,
        1);
    assertEquals("Budi", r.get("byCashier").get(1).get("cashier").asText());
    assertTotals(r.get("byCashier").get(1), 1, "7000.00", "0.00", "0.00", "7000.00", 0, 1, 0);
    assertEquals(2, r.get("byShift").size());
    assertEquals(aniShift, r.get("byShift").get(0).get("shiftId").asLong());
    assertTotals(r.get("byShift").get(0), 3, "75000.50", "25000.00", "15000.25", "35000.25", 1, 0,
        1);
    assertTrue(r.get("byShift").get(1).get("closedAt").isNull(), "Budi's shift is still open");
    Run verify = cli("journal", "verify", "--json");
    assertEquals(0, verify.status(), verify.out());
    assertEquals(verify.json().get("head").asText(), r.get("auditHead").asText());

    Run csv = cli("report", "--csv");
    assertEquals(0, csv.status(), csv.err());
    List<String> lines = csv.out().lines().toList();
    assertEquals(String.join(",", ReportCsv.HEADER), lines.get(0));
    assertEquals(1 + 7, lines.size(), csv.out());
    assertTrue(lines.stream().noneMatch(l -> l.contains("TRAINING0001")));
    assertTrue(
        lines.stream().anyMatch(l -> l.contains(refunded) && l.contains(",40000.50,IDR,APPROVED,")
            && l.contains(",15000.25,")),
        csv.out());
    assertTrue(lines.stream().anyMatch(l -> l.contains(cancelled) && l.contains(",CANCELLED,")
        && l.contains(",SUCCEEDED,")), csv.out());

    Run text = cli("report");
    // On paper, rupiah as on every screen and receipt; the JSON and CSV above keep the machine's 42000.25.
    assertTrue(text.out().contains("Rp 42.000,25") && !text.out().contains("42000.25")
        && text.out().contains(r.get("auditHead").asText()), text.out());
  }

  @Test
  void anotherDayIsEmptyAndABadDateChangesNothing() throws Exception {
    pay("10000.00", Scenario.APPROVE, 0);
    String yesterday = LocalDate.now(JAKARTA).minusDays(1).toString();

    Run other = cli("report", "--date", yesterday, "--json");
    assertEquals(0, other.status(), other.err());
    assertTotals(other.json(), 0, "0.00", "0.00", "0.00", "0.00", 0, 0, 0);
    assertEquals(0, other.json().get("byCashier").size());

    Run bad = cli("report", "--date", "2026-13-01", "--json");
    assertEquals(2, bad.status());
    assertEquals("", bad.out());
    assertTrue(bad.err().contains("2026-13-01"), bad.err());
    assertEquals(2, cli("report", "--json", "--csv").status(), "one format at a time");
  }
}
