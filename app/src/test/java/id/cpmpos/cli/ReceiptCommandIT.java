package id.cpmpos.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.cpmpos.sandbox.Scenario;
import id.cpmpos.testing.SandboxFixture;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code receipt} as text, PDF and ESC/POS (to a file and to a printer's TCP port on loopback), from the journal. */
class ReceiptCommandIT {
  static final byte[] INIT = {0x1B, 0x40};
  static final byte[] FULL_CUT = {0x1D, 0x56, 0x30};

  @TempDir Path dir;
  SandboxFixture fixture;
  String ref;
  String providerRef;

  record Run(int status, String out, String err) {}

  Run cli(String stdin, String... args) {
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

  @BeforeEach
  void paidSale() throws Exception {
    fixture = new SandboxFixture(dir);
    fixture.override("ui.language", "en");
    assertEquals(0, cli("", "shift", "open", "--name", "Ani").status());
    Run pay = cli("", "pay", "--amount", "25000.50", "--qr", fixture.customerQr(Scenario.APPROVE),
        "--json");
    assertEquals(0, pay.status(), pay.err());
    var json = new ObjectMapper().readTree(pay.out());
    ref = json.get("partnerReferenceNo").asText();
    providerRef = json.get("referenceNo").asText();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void textReceiptNamesMerchantTerminalCashierAmountAndBothReferences() {
    Run run = cli("", "receipt", "--ref", ref);

    assertEquals(0, run.status(), run.err());
    for (String expected : List.of("Toko Sandbox", ref, providerRef, "Rp 25.000,50", "Ani",
        "APPROVED",
        "QRIS PAYMENT")) {
      assertTrue(run.out().contains(expected), expected + " in\n" + run.out());
    }
    assertTrue(run.out().lines().allMatch(l -> l.length() <= 32), run.out());
  }

  @Test
  void pdfHoldsMerchantBothReferencesAndTheAmount() throws Exception {
    Path pdf = dir.resolve("receipt.pdf");

    Run run = cli("", "receipt", "--ref", ref, "--pdf", pdf.toString());

    assertEquals(0, run.status(), run.err());
    assertEquals("", run.out());
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      text = new PDFTextStripper().getText(doc);
    }
    for (String expected : List.of("Toko Sandbox", ref, providerRef, "Rp 25.000,50")) {
      assertTrue(text.contains(expected), expected + " in\n" + text);
    }
  }

  @Test
  void escPosToAFileStartsWithInitialiseAndEndsWithACut() throws Exception {
    Path raw = dir.resolve("receipt.bin");

    Run run = cli("", "receipt", "--ref", ref, "--printer", "file:" + raw);

    assertEquals(0, run.status(), run.err());
    byte[] bytes = Files.readAllBytes(raw);
    assertEscPos(bytes);
  }

  @Test
  void escPosToANetworkPrinterOnLoopback() throws Exception {
    try (ServerSocket printer = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> {
        try (Socket s = printer.accept(); InputStream in = s.getInputStream()) {
          return in.readAllBytes();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });

      Run run = cli("", "receipt", "--ref", ref, "--printer",
          "tcp:127.0.0.1:" + printer.getLocalPort());

      assertEquals(0, run.status(), run.err());
      assertEscPos(received.get(10, TimeUnit.SECONDS));
    }
  }

  @Test
  void aRefundHasItsOwnReceiptAndUnknownReferencesExit2() throws Exception {
    assertEquals(0, cli("2468\n", "set-pin", "--stdin").status());
    Run refund = cli("2468\n", "refund", "--ref", ref, "--amount", "5000.00", "--pin-stdin",
        "--json");
    assertEquals(0, refund.status(), refund.err());
    String refundNo = new ObjectMapper().readTree(refund.out()).get("partnerRefundNo").asText();

    Run run = cli("", "receipt", "--ref", ref, "--refund", refundNo);

    assertEquals(0, run.status(), run.err());
    assertTrue(
        run.out().contains("QRIS REFUND") && run.out().contains(refundNo)
            && run.out().contains("Rp 5.000"),
        run.out());
    Run unknown = cli("", "receipt", "--ref", "P-NO-SUCH-REF");
    assertEquals(2, unknown.status());
    assertEquals("", unknown.out());
    assertTrue(unknown.err().contains("P-NO-SUCH-REF"), unknown.err());
    assertEquals(2, cli("", "receipt", "--ref", ref, "--refund", "RF-NONE").status());
    assertEquals(2, cli("", "receipt", "--ref", ref, "--printer", "lpt1").status());
    Path raw = dir.resolve("never.bin");
    assertEquals(2,
        cli("", "receipt", "--ref", "P-NO-SUCH-REF", "--printer", "file:" + raw).status());
    assertTrue(Files.notExists(raw), "nothing written for an unknown reference");
  }

  static void assertEscPos(byte[] bytes) {
    assertTrue(bytes.length > 100, "printed something: " + bytes.length);
    assertArrayEquals(INIT, Arrays.copyOfRange(bytes, 0, 2), "starts with ESC @");
    assertArrayEquals(FULL_CUT, Arrays.copyOfRange(bytes, bytes.length - 3, bytes.length),
        "ends with GS V 0");
  }
}
