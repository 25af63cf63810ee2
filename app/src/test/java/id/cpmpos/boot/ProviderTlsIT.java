package id.cpmpos.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.sandbox.SandboxCredentials;
import id.cpmpos.sandbox.SandboxOptions;
import id.cpmpos.sandbox.SandboxProvider;
import id.cpmpos.sandbox.Scenario;
import id.cpmpos.terminal.PaymentOutcome;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.CertificatePinner;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The terminal against the sandbox served over real TLS on 127.0.0.1, its certificate issued by a
 * private CA made here: refused without {@code provider.trustStore}, accepted with it (PEM or
 * PKCS#12), refused on a wrong pin. A refusal happens in the handshake, so the payment is NOT_SENT
 * and the provider saw no request at all.
 */
class ProviderTlsIT {
  @TempDir Path dir;
  HeldCertificate ca;
  HeldCertificate server;
  SandboxProvider sandbox;
  final List<String> seen = new CopyOnWriteArrayList<>();
  Path config;

  @BeforeEach
  void start() throws Exception {
    ca = new HeldCertificate.Builder().certificateAuthority(0).commonName("Test Private CA")
        .rsa2048().build();
    server = new HeldCertificate.Builder().commonName("sandbox")
        .addSubjectAlternativeName("127.0.0.1")
        .signedBy(ca).rsa2048().build();
    HandshakeCertificates serverTls = new HandshakeCertificates.Builder()
        .heldCertificate(server, ca.certificate())
        .build();
    sandbox = new SandboxProvider(SandboxCredentials.generate(), Clock.systemUTC(),
        SandboxOptions.defaults().withTraffic(seen::add)).startTls(0, serverTls.sslContext());
    config = dir.resolve("terminal.properties");
    SandboxConfigWriter.write(config, sandbox);
    Files.writeString(dir.resolve("ca.pem"), ca.certificatePem());
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void aPrivateCaIsRefusedWithoutTheTrustStoreAndNothingIsSent() throws Exception {
    String qr = trustedQr();
    seen.clear();
    try (TerminalContext ctx = TerminalContext.open(config, Clock.systemUTC())) {
      PaymentOutcome outcome = ctx.payments().pay("10000.00", qr, null);

      PaymentOutcome.NotSent notSent = assertInstanceOf(PaymentOutcome.NotSent.class, outcome,
          outcome.toString());
      assertTrue(notSent.reason().contains("not trusted"), notSent.reason());
      assertEquals(List.of(), seen, "the provider received nothing: the handshake failed first");
    }
  }

  @Test
  void aPrivateCaInAPemTrustStoreIsTrusted() throws Exception {
    set("provider.trustStore", "ca.pem");
    try (TerminalContext ctx = TerminalContext.open(config, Clock.systemUTC())) {
      String qr = ctx.wallet().generate(Scenario.APPROVE).content();
      assertInstanceOf(PaymentOutcome.Approved.class, ctx.payments().pay("10000.00", qr, null));
    }
  }

  @Test
  void aPrivateCaInAPkcs12TrustStoreIsTrusted() throws Exception {
    KeyStore p12 = KeyStore.getInstance("PKCS12");
    p12.load(null, null);
    p12.setCertificateEntry("private-ca", ca.certificate());
    try (var out = Files.newOutputStream(dir.resolve("trust.p12"))) {
      p12.store(out, "changeit".toCharArray());
    }
    set("provider.trustStore", "trust.p12");
    set("provider.trustStorePassword", "changeit");
    try (TerminalContext ctx = TerminalContext.open(config, Clock.systemUTC())) {
      String qr = ctx.wallet().generate(Scenario.APPROVE).content();
      assertInstanceOf(PaymentOutcome.Approved.class, ctx.payments().pay("10000.00", qr, null));
    }
  }

  @Test
  void theRightPinIsAcceptedAndAWrongPinIsRefusedBeforeTheRequestLeaves() throws Exception {
    set("provider.trustStore", "ca.pem");
    set("provider.pins", CertificatePinner.pin(server.certificate()));
    String qr;
    try (TerminalContext ctx = TerminalContext.open(config, Clock.systemUTC())) {
      qr = ctx.wallet().generate(Scenario.APPROVE).content();
    }
    HeldCertificate other = new HeldCertificate.Builder().rsa2048().build();
    set("provider.pins", CertificatePinner.pin(other.certificate()));
    seen.clear();
    try (TerminalContext ctx = TerminalContext.open(config, Clock.systemUTC())) {
      PaymentOutcome outcome = ctx.payments().pay("10000.00", qr, null);

      PaymentOutcome.NotSent notSent = assertInstanceOf(PaymentOutcome.NotSent.class, outcome,
          outcome.toString());
      assertTrue(notSent.reason().contains("pin mismatch"), notSent.reason());
      assertEquals(List.of(), seen,
          "the provider received nothing: the pin was checked in the handshake");
    }
    set("provider.pins", CertificatePinner.pin(server.certificate()));
    try (TerminalContext ctx = TerminalContext.open(config, Clock.systemUTC())) {
      assertInstanceOf(PaymentOutcome.Approved.class, ctx.payments().pay("10000.00", qr, null),
          "the QR refused behind the wrong pin was never used");
    }
  }

  /** A QR from the sandbox through a terminal that trusts the CA: the customer's phone. */
  private String trustedQr() throws Exception {
    Path walletDir = Files.createDirectories(dir.resolve("wallet"));
    Path walletConfig = walletDir.resolve("terminal.properties");
    SandboxConfigWriter.write(walletConfig, sandbox);
    Files.writeString(walletDir.resolve("ca.pem"), ca.certificatePem());
    set(walletConfig, "provider.trustStore", "ca.pem");
    set(walletConfig, "terminal.id", "WALLET01");
    try (TerminalContext wallet = TerminalContext.open(walletConfig, Clock.systemUTC())) {
      return wallet.wallet().generate(Scenario.APPROVE).content();
    }
  }

  private void set(String key, String value) throws Exception {
    set(config, key, value);
  }

  private static void set(Path file, String key, String value) throws Exception {
    Properties p = new Properties();
    try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    p.setProperty(key, value);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      p.store(w, null);
    }
  }
}
