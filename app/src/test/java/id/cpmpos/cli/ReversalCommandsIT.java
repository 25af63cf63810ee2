package id.cpmpos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.cpmpos.sandbox.SandboxLedger;
import id.cpmpos.sandbox.Scenario;
import id.cpmpos.testing.SandboxFixture;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The supervisor's commands through the CLI entry point against the real sandbox on loopback: query,
 * cancel, partial and full refund, the PIN that guards them, and what happens while the provider is
 * down.
 */
class ReversalCommandsIT {
  static final String PIN = "482915";

  @TempDir Path dir;
  SandboxFixture fixture;
  final ObjectMapper json = new ObjectMapper();

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

  Run cli(String stdin, Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 2];
    all[0] = "--config";
    all[1] = fixture.config.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    int status = CpmPosCommand.run(new BufferedReader(new StringReader(stdin)), env,
        new PrintWriter(out, true),
        new PrintWriter(err, true), all);
    return new Run(status, out.toString(), err.toString());
  }

  Run cli(String... args) {
    return cli("", Map.of(), args);
  }

  Run supervisor(String... args) {
    return cli(PIN + "\n", Map.of(), args);
  }

  void setPin() {
    Run run = cli(PIN + "\n", Map.of(), "set-pin", "--stdin");
    assertEquals(0, run.status(), run.err());
  }

  String pay(String amount, Scenario scenario, int expectedStatus) throws Exception {
    Run run = cli("pay", "--amount", amount, "--qr", fixture.customerQr(scenario), "--json");
    assertEquals(expectedStatus, run.status(), run.out() + run.err());
    return run.json().get("partnerReferenceNo").asText();
  }

  SandboxLedger.Payment provider(String ref) {
    return fixture.sandbox.ledger().payment(ref).orElseThrow();
  }

  @Test
  void paymentQueryCancelAndPartialThenFullRefundEachEndInTheirFinalStatus() throws Exception {
    setPin();

    String paid = pay("10000.00", Scenario.APPROVE, 0);
    Run query = cli("query", "--ref", paid, "--json");
    assertEquals(0, query.status(), query.err());
    assertEquals("00", query.json().get("latestTransactionStatus").asText());
    assertEquals("APPROVED", query.json().get("state").asText());

    String cancelled = pay("25000.00", Scenario.APPROVE, 0);
    Run cancel = supervisor("cancel", "--ref", cancelled, "--reason", "customer changed mind",
        "--pin-stdin",
        "--json");
    assertEquals(0, cancel.status(), cancel.out() + cancel.err());
    assertEquals("SUCCEEDED", cancel.json().get("state").asText());
    assertEquals("2006200", cancel.json().get("responseCode").asText());
    assertEquals("05", cancel.json().get("payment").get("latestTransactionStatus").asText());
    assertEquals(SandboxLedger.CANCELLED, provider(cancelled).status());

    String refunded = pay("10000.00", Scenario.APPROVE, 0);
    Run partial = supervisor("refund", "--ref", refunded, "--amount", "4000.00", "--pin-stdin",
        "--json");
    assertEquals(0, partial.status(), partial.out() + partial.err());
    assertEquals("SUCCEEDED", partial.json().get("state").asText());
    assertEquals("2008000", partial.json().get("responseCode").asText());
    assertEquals("00", partial.json().get("payment").get("latestTransactionStatus").asText(),
        "partly refunded");
    Run full = cli("", Map.of(SupervisorPinInput.ENV, PIN), "refund", "--ref", refunded, "--amount",
        "6000.00",
        "--json");
    assertEquals(0, full.status(), full.out() + full.err());
    assertEquals("04", full.json().get("payment").get("latestTransactionStatus").asText());
    assertEquals(SandboxLedger.REFUNDED, provider(refunded).status());
    assertEquals(2, fixture.sandbox.ledger().refunds(refunded).size());

    Run after = cli("query", "--ref", refunded, "--json");
    assertEquals(1, after.status(), "refunded: final, not paid");
    assertEquals("10000.00", after.json().get("refundedAmount").asText());
    assertEquals("04", after.json().get("latestTransactionStatus").asText());
  }

  @Test
  void aRefundBeyondWhatIsLeftIsRefusedAndNothingIsSent() throws Exception {
    setPin();
    String ref = pay("10000.00", Scenario.APPROVE, 0);
    assertEquals(0,
        supervisor("refund", "--ref", ref, "--amount", "7000.00", "--pin-stdin").status());

    Run over = supervisor("refund", "--ref", ref, "--amount", "3000.01", "--pin-stdin", "--json");

    assertEquals(2, over.status(), over.out() + over.err());
    assertTrue(over.err().contains("(Rp 3.000)"), over.err()); // rupiah as on every screen
    assertEquals("", over.out(), "stdout stays clean");
    assertEquals(1, fixture.sandbox.ledger().refunds(ref).size(), "nothing sent");
  }

  @Test
  void cancelAndRefundNeedTheSupervisorPinAndAWrongOneChangesNothing() throws Exception {
    String ref = pay("10000.00", Scenario.APPROVE, 0);

    Run notSet = supervisor("cancel", "--ref", ref, "--pin-stdin");
    assertEquals(2, notSet.status());
    assertTrue(notSet.err().contains("set-pin"), notSet.err());

    setPin();
    Run none = cli("cancel", "--ref", ref);
    assertEquals(2, none.status());
    assertTrue(none.err().contains("CPM_POS_PIN"), none.err());

    Run wrong = cli("000000\n", Map.of(), "refund", "--ref", ref, "--amount", "1000.00",
        "--pin-stdin");
    assertEquals(2, wrong.status());

    assertEquals(SandboxLedger.PAID, provider(ref).status(), "nothing reached the provider");
    assertTrue(fixture.sandbox.ledger().refunds(ref).isEmpty());
    Run row = cli("query", "--ref", ref, "--json");
    assertEquals("0.00", row.json().get("refundedAmount").asText());
  }

  @Test
  void changingThePinNeedsTheCurrentOneAndOnlyASaltedHashIsStored() throws Exception {
    setPin();
    assertEquals(2, cli("13572468\n", Map.of(), "set-pin", "--stdin").status(),
        "the current PIN is missing");
    assertEquals(2, cli("111111\n13572468\n", Map.of(), "set-pin", "--stdin").status(),
        "wrong current PIN");
    assertEquals(2, cli(PIN + "\n12ab\n", Map.of(), "set-pin", "--stdin").status(), "not digits");
    Run change = cli(PIN + "\n13572468\n", Map.of(), "set-pin", "--stdin");
    assertEquals(0, change.status(), change.err());

    String ref = pay("10000.00", Scenario.APPROVE, 0);
    assertEquals(2, supervisor("cancel", "--ref", ref, "--pin-stdin").status(),
        "the old PIN no longer works");
    assertEquals(0, cli("13572468\n", Map.of(), "cancel", "--ref", ref, "--pin-stdin").status());

    byte[] db = Files.readAllBytes(dir.resolve("journal.db"));
    byte[] wal = Files.exists(dir.resolve("journal.db-wal"))
        ? Files.readAllBytes(dir.resolve("journal.db-wal"))
        : new byte[0];
    String all = new String(db, StandardCharsets.ISO_8859_1)
        + new String(wal, StandardCharsets.ISO_8859_1);
    assertTrue(all.contains("pbkdf2-sha256-hmac$600000$"), "peppered PBKDF2 only");
    assertFalse(all.contains("13572468"), "the PIN itself is never stored");
  }

  @Test
  void aCancelWhileTheProviderIsDownIsQueuedAndSentWhenItIsBack() throws Exception {
    setPin();
    String ref = pay("15000.00", Scenario.APPROVE, 0);
    int port = fixture.sandbox.port();
    fixture.sandbox.stopListening();

    Run queued = supervisor("cancel", "--ref", ref, "--pin-stdin", "--json");
    assertEquals(3, queued.status(), queued.out() + queued.err());
    assertEquals("QUEUED", queued.json().get("state").asText());
    Run stillDown = cli("sync", "--once", "--json");
    assertEquals(3, stillDown.status());
    assertEquals(1, stillDown.json().get("pending").asInt());
    assertEquals("15000.00", stillDown.json().get("pendingTotals").get("IDR").asText());

    fixture.sandbox.start(port);
    Run back = cli("sync", "--once", "--json");

    assertEquals(0, back.status(), back.out() + back.err());
    assertEquals(0, back.json().get("pending").asInt());
    assertEquals(SandboxLedger.CANCELLED, provider(ref).status());
    assertEquals("CANCELLED", cli("query", "--ref", ref, "--json").json().get("state").asText());
  }

  @Test
  void aPaymentWhoseAnswerWasDroppedIsSettledByTheSyncAndChargedOnce() throws Exception {
    String ref = pay("12000.00", Scenario.DROP, 3);

    Run sync = cli("sync", "--once", "--json");

    assertEquals(0, sync.status(), sync.out() + sync.err());
    Run row = cli("query", "--ref", ref, "--json");
    assertEquals("APPROVED", row.json().get("state").asText());
    assertEquals(1, fixture.sandbox.ledger().chargedCount());
  }

  @Test
  void anInProgressPaymentIsQueriedUntilTheProviderSaysPaid() throws Exception {
    String ref = pay("9000.00", Scenario.IN_PROGRESS, 3);

    int passes = 0;
    Run sync;
    do {
      sync = cli("sync", "--once", "--json");
      passes++;
    } while (sync.status() == 3 && passes < 10);

    assertEquals(0, sync.status(), sync.out() + sync.err());
    assertEquals("APPROVED", cli("query", "--ref", ref, "--json").json().get("state").asText());
    assertEquals(1, fixture.sandbox.ledger().chargedCount());
  }
}
