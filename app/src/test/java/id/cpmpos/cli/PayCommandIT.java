package id.cpmpos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.cpmpos.config.ConfigKeys;
import id.cpmpos.testing.SandboxFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pays through the CLI entry point against the real sandbox on loopback, with a real SQLite journal. */
class PayCommandIT {
  @TempDir Path dir;
  SandboxFixture fixture;
  final ObjectMapper json = new ObjectMapper();

  record Run(int status, String out, String err) {}

  @BeforeEach
  void startSandbox() throws Exception {
    fixture = new SandboxFixture(dir);
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

  Run pay(String amount, String qr) {
    return cli("--config", fixture.config.toString(), "pay", "--amount", amount, "--qr", qr,
        "--json");
  }

  JsonNode journal() throws Exception {
    Run run = cli("--config", fixture.config.toString(), "journal", "--json");
    assertEquals(0, run.status(), run.out() + run.err());
    return json.readTree(run.out());
  }

  @Test
  void approvedPaymentExitsZeroWithStatus00AndIsJournaled() throws Exception {
    Run run = pay("10000.00", fixture.customerQr());

    assertEquals(0, run.status(), run.out() + run.err());
    JsonNode result = json.readTree(run.out());
    assertEquals("00", result.get("latestTransactionStatus").asText());
    assertEquals("2006000", result.get("responseCode").asText());
    assertEquals("10000.00", result.get("amount").asText());
    assertEquals("IDR", result.get("currency").asText());
    assertTrue(result.get("referenceNo").asText().startsWith("SBX"));
    String ref = result.get("partnerReferenceNo").asText();
    assertTrue(fixture.sandbox.ledger().payment(ref).isPresent(), "the provider booked it");

    JsonNode rows = journal();
    assertEquals(1, rows.size());
    assertEquals(ref, rows.get(0).get("partnerReferenceNo").asText());
    assertEquals("APPROVED", rows.get(0).get("state").asText());
  }

  @Test
  void wrongClientSecretExitsOneWithTheProviders401AndJournalsFailed() throws Exception {
    fixture.override(ConfigKeys.CLIENT_SECRET, "not-the-secret");

    Run run = pay("10000.00", fixture.customerQr());

    assertEquals(1, run.status(), run.out() + run.err());
    JsonNode result = json.readTree(run.out());
    assertEquals("4016000", result.get("responseCode").asText());
    assertEquals("Unauthorized. Signature", result.get("responseMessage").asText());
    assertEquals("06", result.get("latestTransactionStatus").asText());
    assertEquals(0, fixture.sandbox.ledger().paymentCount());
    assertEquals("06", journal().get(0).get("latestTransactionStatus").asText());
  }

  @Test
  void badAmountExitsTwoAndWritesNothing() throws Exception {
    Run run = pay("10.000,00", fixture.customerQr());

    assertEquals(2, run.status());
    assertTrue(run.err().contains("10.000,00"), run.err());
    assertEquals("", run.out());
    assertEquals(0, journal().size());
    assertEquals(0, fixture.sandbox.ledger().paymentCount());
  }

  @Test
  void anAmountOverSaleMaxAmountExitsTwoAndWritesNothing() throws Exception {
    fixture.override("sale.maxAmount", "1000000");
    Run run = pay("1000000.01", fixture.customerQr());

    assertEquals(2, run.status());
    assertTrue(run.err().contains("Rp 1.000.000,01") && run.err().contains("Rp 1.000.000"),
        run.err());
    assertEquals(0, journal().size());
    assertEquals(0, fixture.sandbox.ledger().paymentCount());
  }

  @Test
  void merchantPresentedQrIsRefusedBeforeSending() throws Exception {
    Run run = pay("5000", "00020101021126570011ID.DANA.WWW011893600915000000000102");

    assertEquals(2, run.status());
    assertTrue(run.err().contains("QRIS merchant"), run.err());
    assertEquals(0, journal().size());
  }

  @Test
  void missingConfigKeyExitsTwoNamingTheKey() throws Exception {
    fixture.override(ConfigKeys.MERCHANT_ID, "");

    Run run = pay("10000.00", fixture.customerQr());

    assertEquals(2, run.status());
    assertTrue(run.err().contains("merchant.id"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void unreachableProviderIsNotSentAndExitsOne() throws Exception {
    String qr = fixture.customerQr();
    fixture.close(); // nothing listens on that port any more

    Run run = pay("10000.00", qr);

    assertEquals(1, run.status(), run.out() + run.err());
    JsonNode result = json.readTree(run.out());
    assertEquals("NOT_SENT", result.get("state").asText());
  }

  @Test
  void journalFileIsReadableByItsOwnerOnly() throws Exception {
    pay("10000.00", fixture.customerQr());
    assertEquals("rw-------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("journal.db"))));
  }

  @Test
  void secretsAndQrContentNeverReachTheLogOrTheJournal() throws Exception {
    String qr = fixture.customerQr();
    assertEquals(0, pay("10000.00", qr).status());
    fixture.override(ConfigKeys.CLIENT_SECRET, "a-wrong-secret-0123456789");
    assertEquals(1, pay("10000.00", fixture.customerQr()).status());

    Properties p = new Properties();
    p.load(Files.newBufferedReader(fixture.config));
    String log = Files.readString(Path.of(System.getProperty("cpmpos.log.dir"), "cpm-pos.log"));
    // The newest pages sit in the write-ahead log until a checkpoint: read both files.
    Path wal = dir.resolve("journal.db-wal");
    byte[] journal = ByteBuffer.allocate(0).array();
    for (Path f : List.of(dir.resolve("journal.db"), wal)) {
      if (Files.exists(f)) {
        byte[] more = Files.readAllBytes(f);
        byte[] both = Arrays.copyOf(journal, journal.length + more.length);
        System.arraycopy(more, 0, both, journal.length, more.length);
        journal = both;
      }
    }
    for (String secret : List.of(fixture.sandbox.credentials().clientSecret(),
        "a-wrong-secret-0123456789",
        qr)) {
      assertTrue(!log.contains(secret), "secret or QR content in the log");
      assertTrue(!new String(journal, StandardCharsets.ISO_8859_1).contains(secret),
          "secret or QR content in the journal");
    }
  }

  @Test
  void aQrThisTerminalAlreadySentIsRefusedBeforeAnythingIsWrittenOrSent() throws Exception {
    String qr = fixture.customerQr();
    Run first = pay("10000.00", qr);
    assertEquals(0, first.status(), first.out() + first.err());
    String ref = json.readTree(first.out()).get("partnerReferenceNo").asText();

    Run again = pay("10000.00", qr);

    assertEquals(2, again.status(), again.out() + again.err());
    assertEquals("", again.out());
    assertTrue(again.err().contains(ref), "names the payment that sent it: " + again.err());
    assertTrue(again.err().contains("perbarui QR") || again.err().contains("refresh the QR"),
        again.err());
    assertEquals(1, journal().size(), "nothing written");
    assertEquals(1, fixture.sandbox.ledger().paymentCount(), "nothing sent");
  }

  @Test
  void twoFreshJournalsOfOneTerminalPayTheSameDayWithoutRepeatingAnExternalId() throws Exception {
    // The first journal pays; then it is replaced (moved, corrupt, a reinstall): same terminal.id,
    // same day, a journal that knows nothing of the ids already used. The provider refuses any
    // X-EXTERNAL-ID it saw today (409, 4096000), so a repeat would fail this sale.
    Run first = pay("10000.00", fixture.customerQr());
    assertEquals(0, first.status(), first.out() + first.err());
    fixture.override("journal.path", "replaced-journal.db");

    for (int i = 0; i < 3; i++) {
      Run again = pay("10000.00", fixture.customerQr());
      assertEquals(0, again.status(), again.out() + again.err());
    }
    assertEquals(4, fixture.sandbox.ledger().paymentCount());
  }

  @Test
  void versionAndHelpExitZero() {
    Run version = cli("--version");
    assertEquals(0, version.status());
    assertTrue(version.out().startsWith("cpm-pos "), version.out());
    Run help = cli("--help");
    assertEquals(0, help.status());
    assertTrue(help.out().contains("pay") && help.out().contains("journal")
        && help.out().contains("sandbox"));
  }
}
