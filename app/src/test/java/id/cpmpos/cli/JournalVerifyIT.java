package id.cpmpos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.cpmpos.journal.HandEdits;
import id.cpmpos.journal.Journal;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.testing.SandboxFixture;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code journal verify} through the CLI entry point, on the real journal file a configuration names. */
class JournalVerifyIT {
  @TempDir Path dir;
  SandboxFixture fixture;
  Path journalFile;
  final ObjectMapper json = new ObjectMapper();

  record Run(int status, String out, String err) {}

  @BeforeEach
  void journalWithTwoPayments() throws Exception {
    fixture = new SandboxFixture(dir);
    fixture.override("ui.language", "en");
    journalFile = dir.resolve("journal.db");
    try (
        Journal journal = Journal.open(journalFile, Clock.systemUTC(), ZoneId.of("Asia/Jakarta"))) {
      journal.payments().recordIntent("P1", new BigDecimal("10000.00"), "IDR", "h1", "T1", false);
      journal.payments().transition("P1", PaymentState.SENDING, PaymentState.APPROVED, "R1",
          "2006000", "Successful");
      journal.payments().recordIntent("P2", new BigDecimal("500.00"), "IDR", "h2", "T1", false);
    }
  }

  @AfterEach
  void stopSandbox() {
    fixture.close();
  }

  Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = CpmPosCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(status, out.toString(), err.toString());
  }

  Run verifyJson() {
    return cli("--config", fixture.config.toString(), "journal", "verify", "--json");
  }

  @Test
  void untouchedJournalExitsZeroAndSaysIntact() throws Exception {
    Run run = verifyJson();

    assertEquals(0, run.status(), run.out() + run.err());
    JsonNode result = json.readTree(run.out());
    assertTrue(result.get("intact").asBoolean());
    assertEquals(3, result.get("entries").asInt());
    assertTrue(result.get("firstBroken").isNull());
    assertEquals(64, result.get("head").asText().length());

    Run text = cli("--config", fixture.config.toString(), "journal", "verify");
    assertEquals(0, text.status());
    assertTrue(text.out().startsWith("INTACT: 3 audit entries"), text.out());
  }

  @Test
  void rowEditedWithSqlite3ExitsOneAndIsNamed() throws Exception {
    HandEdits.sqlite3(journalFile,
        "UPDATE payments SET amount = '1.00' WHERE partner_reference_no = 'P1';");

    Run run = verifyJson();

    assertEquals(1, run.status(), run.out() + run.err());
    JsonNode result = json.readTree(run.out());
    assertEquals(false, result.get("intact").asBoolean());
    JsonNode first = result.get("firstBroken");
    assertEquals("ROW_ALTERED", first.get("problem").asText());
    assertEquals("payments", first.get("entity").asText());
    assertEquals("P1", first.get("key").asText());
    assertEquals(2, first.get("seq").asInt());

    Run text = cli("--config", fixture.config.toString(), "journal", "verify");
    assertEquals(1, text.status());
    assertTrue(text.out().contains("First: row payments P1: changed outside the terminal"),
        text.out());
  }

  @Test
  void auditEntryDeletedWithSqlite3ExitsOneAndNamesTheNextEntry() throws Exception {
    HandEdits.sqlite3(journalFile, "DELETE FROM audit_log WHERE seq = 2;");

    Run run = verifyJson();

    assertEquals(1, run.status(), run.out() + run.err());
    JsonNode first = json.readTree(run.out()).get("firstBroken");
    assertEquals("ENTRY_MISSING", first.get("problem").asText());
    assertEquals(3, first.get("seq").asInt());
    assertEquals("P2", first.get("key").asText());
  }

  @Test
  void cancelsRefundsAndThePinAreAuditedAndAHandEditToEachIsNamed() throws Exception {
    String pin = "482915";
    assertEquals(0, cliWithPin(pin, "set-pin", "--stdin").status());
    String cancelled = paid();
    String refunded = paid();
    assertEquals(0,
        cliWithPin(pin, "cancel", "--ref", cancelled, "--reason", "test", "--pin-stdin").status());
    Run refund = cliWithPin(pin, "refund", "--ref", refunded, "--amount", "4000.00", "--pin-stdin",
        "--json");
    assertEquals(0, refund.status(), refund.out() + refund.err());
    String refundNo = json.readTree(refund.out()).get("partnerRefundNo").asText();
    assertEquals(0, verifyJson().status(), verifyJson().out());

    HandEdits.sqlite3(journalFile,
        "UPDATE refunds SET amount = '10000.00' WHERE partner_refund_no = '" + refundNo
            + "'; UPDATE cancels SET state = 'REJECTED'; UPDATE supervisor_pin SET hash = 'chosen-by-someone-else';");

    Run run = verifyJson();
    assertEquals(1, run.status(), run.out() + run.err());
    Set<String> named = new HashSet<>();
    for (JsonNode p : json.readTree(run.out()).get("problems")) {
      assertEquals("ROW_ALTERED", p.get("problem").asText());
      named.add(p.get("entity").asText() + " " + p.get("key").asText());
    }
    assertEquals(Set.of("refunds " + refundNo, "cancels " + cancelled, "supervisor_pin 1"), named);
  }

  Run cliWithPin(String pin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = Stream.concat(Stream.of("--config", fixture.config.toString()),
        Arrays.stream(args)).toArray(String[]::new);
    int status = CpmPosCommand.run(new BufferedReader(new StringReader(pin + "\n")),
        Map.of(), new PrintWriter(out, true), new PrintWriter(err, true), all);
    return new Run(status, out.toString(), err.toString());
  }

  String paid() throws Exception {
    Run run = cli("--config", fixture.config.toString(), "pay", "--amount", "10000.00", "--qr",
        fixture.customerQr(),
        "--json");
    assertEquals(0, run.status(), run.out() + run.err());
    return json.readTree(run.out()).get("partnerReferenceNo").asText();
  }

  @Test
  void unknownOptionIsUsageErrorTwo() {
    Run run = cli("--config", fixture.config.toString(), "journal", "verify", "--no-such-option");

    assertEquals(2, run.status(), run.out() + run.err());
  }

  @Test
  void plainJournalListingStillWorks() throws Exception {
    Run run = cli("--config", fixture.config.toString(), "journal", "--json");

    assertEquals(0, run.status(), run.err());
    assertEquals(2, json.readTree(run.out()).size());
  }
}
