package id.cpmpos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.cpmpos.sandbox.QrImages;
import id.cpmpos.testing.SandboxFixture;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that has {@code --json}, run once against the sandbox on loopback: stdout is one
 * JSON value and nothing else, and its top-level fields are the published ones, in their order.
 */
class JsonOutputIT {
  static final List<String> PAYMENT = List.of("partnerReferenceNo", "referenceNo", "amount",
      "currency", "latestTransactionStatus", "responseCode", "responseMessage", "state",
      "terminalId", "training", "createdAt", "updatedAt");
  static final List<String> TOTALS = List.of("paidCount", "paidTotal", "cancelledTotal",
      "refundedTotal", "net", "declinedCount", "notSentCount", "pendingCount");
  static final List<String> SHIFT = List.of("shiftId", "cashier", "openedAt", "closedAt");
  static final ObjectMapper STRICT = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  @TempDir Path dir;
  /** The terminal.properties of the test's sandbox. */
  Path config;

  /** The command's stdout read as exactly one JSON value: anything before or after it fails. */
  JsonNode json(String stdin, String... args) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of("--config", config.toString()));
    all.addAll(List.of(args));
    int status = CpmPosCommand.run(new BufferedReader(new StringReader(stdin)), Map.of(),
        new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
    String command = String.join(" ", args);
    assertTrue(status == ExitStatus.OK || status == ExitStatus.FAILED,
        command + " exited " + status + ": " + err);
    return STRICT.readTree(out.toString());
  }

  static void assertFields(List<String> expected, JsonNode object, String command) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    assertEquals(expected, names, command);
  }

  static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Test
  void everyJsonOptionPrintsOneJsonValueWithThePublishedFields() throws Exception {
    try (SandboxFixture fixture = new SandboxFixture(dir)) {
      config = fixture.config;
      everyCommand(fixture);
    }
  }

  private void everyCommand(SandboxFixture fixture) throws Exception {
    assertTrue(json("", "shift", "status", "--json").isNull(), "no shift open: null");
    assertFields(SHIFT, json("", "shift", "open", "--name", "Ani", "--json"), "shift open");
    json("1234\n", "set-pin", "--stdin");

    JsonNode paid = json("", "pay", "--amount", "10000.00", "--qr", fixture.customerQr(), "--json");
    assertFields(PAYMENT, paid, "pay");
    String ref = paid.get("partnerReferenceNo").asText();
    assertFields(concat(PAYMENT, List.of("refundedAmount")),
        json("", "query", "--ref", ref, "--json"), "query");
    JsonNode refund = json("1234\n", "refund", "--ref", ref, "--amount", "2500.00", "--pin-stdin",
        "--json");
    assertFields(List.of("kind", "partnerReferenceNo", "partnerRefundNo", "state", "responseCode",
        "responseMessage", "payment"), refund, "refund");
    assertFields(PAYMENT, refund.get("payment"), "refund's payment");
    String other = json("", "pay", "--amount", "5000.00", "--qr", fixture.customerQr(), "--json")
        .get("partnerReferenceNo").asText();
    assertFields(List.of("kind", "partnerReferenceNo", "state", "responseCode", "responseMessage",
        "payment"), json("1234\n", "cancel", "--ref", other, "--pin-stdin", "--json"), "cancel");

    JsonNode rows = json("", "journal", "--json");
    assertEquals(2, rows.size(), "journal");
    assertFields(PAYMENT, rows.get(0), "journal's row");
    assertFields(List.of("intact", "entries", "head", "firstBroken", "problems"),
        json("", "journal", "verify", "--json"), "journal verify");
    List<String> report = new ArrayList<>(List.of("date", "zone", "terminalId"));
    report.addAll(TOTALS);
    report.addAll(List.of("byCashier", "byShift", "auditHead"));
    assertFields(report, json("", "report", "--json"), "report");
    assertFields(List.of("attempted", "finished", "pending", "pendingTotals",
        "oldestPendingSeconds", "provider"), json("", "sync", "--once", "--json"), "sync --once");
    assertFields(concat(SHIFT, TOTALS), json("", "shift", "status", "--json"), "shift status");
    assertFields(concat(SHIFT, TOTALS), json("", "shift", "close", "--json"), "shift close");

    assertFields(List.of("ok", "checks"), json("", "doctor", "--json"), "doctor");
    assertFields(List.of("file", "entries", "doctorOk"),
        json("", "support-bundle", "--out", dir.resolve("bundle.zip").toString(), "--json"),
        "support-bundle");
    Path qr = dir.resolve("qr.png");
    QrImages.writePng(fixture.customerQr(), 480, qr);
    assertFields(List.of("content", "format", "millis"),
        json("", "scan", "--image", qr.toString(), "--json"), "scan");
  }

  @Test
  void setupPrintsOneJsonValueWithThePublishedFields() throws Exception {
    try (SandboxFixture fixture = new SandboxFixture(dir.resolve("prepared"))) {
      config = dir.resolve("installed.properties");
      assertFields(List.of("step", "responseCode", "responseMessage", "meaning", "installed",
          "pinSet", "ok"), json("", "setup", "--from", fixture.config.toString(), "--json"),
          "setup");
    }
  }
}
