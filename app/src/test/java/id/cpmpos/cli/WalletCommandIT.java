package id.cpmpos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.cpmpos.testing.SandboxFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wallet} gets a QR from the sandbox through the real client; {@code pay} pays with it. */
class WalletCommandIT {
  @TempDir Path dir;
  SandboxFixture fixture;

  @BeforeEach
  void start() throws Exception {
    fixture = new SandboxFixture(dir);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  String[] run(int expectedStatus, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = CpmPosCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    assertEquals(expectedStatus, status, out + " " + err);
    return new String[]{out.toString(), err.toString()};
  }

  @Test
  void printsTheQrContentWritesAPngOfItAndThatQrPays() throws Exception {
    Path png = dir.resolve("qr.png");
    String content = run(0, "--config", fixture.config.toString(), "wallet", "--out",
        png.toString())[0].trim();

    assertTrue(content.startsWith("hQVDUFYwM"), "Base64 of 85 05 'CPV01': " + content);
    var image = ImageIO.read(png.toFile());
    String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
        new BufferedImageLuminanceSource(image)))).getText();
    assertEquals(content, decoded);

    String paid = run(0, "--config", fixture.config.toString(), "pay", "--amount", "7500", "--qr",
        decoded, "--json")[0];
    assertTrue(paid.contains("\"latestTransactionStatus\" : \"00\""), paid);
  }

  @Test
  void aScenarioDecidesThePaymentsFate() {
    String qr = run(0, "--config", fixture.config.toString(), "wallet", "--scenario",
        "insufficient-funds")[0].trim();
    String declined = run(1, "--config", fixture.config.toString(), "pay", "--amount", "7500",
        "--qr", qr, "--json")[0];
    assertTrue(declined.contains("4036014"), declined);
  }

  @Test
  void anUnknownScenarioIsBadInput() {
    String err = run(2, "--config", fixture.config.toString(), "wallet", "--scenario", "nope")[1];
    assertTrue(err.contains("insufficient-funds"), "lists the scenarios: " + err);
  }
}
