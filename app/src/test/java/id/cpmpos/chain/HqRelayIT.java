package id.cpmpos.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.cpmpos.boot.TerminalContext;
import id.cpmpos.cli.CpmPosCommand;
import id.cpmpos.config.ChainConfigLoader;
import id.cpmpos.journal.CallRecord;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.notify.NotifyReceiver;
import id.cpmpos.sandbox.Scenario;
import id.cpmpos.snap.Pem;
import id.cpmpos.snap.Signatures;
import id.cpmpos.snap.SnapJson;
import id.cpmpos.snap.SnapTimestamps;
import id.cpmpos.terminal.PaymentOutcome;
import id.cpmpos.testing.Await;
import id.cpmpos.testing.PostgresExtension;
import id.cpmpos.testing.TestPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * hq on a real PostgreSQL: the provider's notify goes to hq, hq writes it to the ledger and wakes
 * the terminal (LISTEN/NOTIFY), the terminal settles its pending payment without asking the provider;
 * several hq share one replay guard.
 */
@ExtendWith(PostgresExtension.class)
class HqRelayIT {
  @TempDir Path dir;
  ChainFixture chain;
  Path hqConfig;
  HqRelay hq;
  final OkHttpClient http = new OkHttpClient();

  @BeforeEach
  void start(TestPostgres postgres) throws Exception {
    chain = new ChainFixture(postgres, dir);
    hqConfig = dir.resolve("hq.properties");
    Files.writeString(hqConfig,
        "chain.jdbcUrl=" + chain.ledgerUrl + "\nchain.user=" + postgres.user()
            + "\nchain.passwordFile=" + postgres.passwordFile()
            + "\nprovider.publicKey=provider-public.pem\nnotify.port=0\n"
            + "partner.id=" + chain.sandbox.sandbox.credentials().partnerId() + "\nchannel.id="
            + chain.sandbox.sandbox.credentials().channelId() + "\n");
    hq = startHq();
  }

  HqRelay startHq() throws Exception {
    return HqRelay.start(ChainConfigLoader.loadHq(hqConfig),
        Pem.readPublicKey(dir.resolve("provider-public.pem")),
        Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    hq.close();
    chain.close();
  }

  @Test
  void aNotifyThroughHqSettlesAPendingPaymentOnItsTerminalWithoutAskingTheProvider()
      throws Exception {
    // Pushes only every 10 minutes: within this test, only hq's NOTIFY can wake the terminal.
    TerminalContext a = chain.terminal("TERMA001", Map.of("chain.pushIntervalMs", "600000"));
    TerminalContext b = chain.terminal("TERMB002", Map.of("chain.pushIntervalMs", "600000"));
    a.startChain();
    b.startChain();
    chain.sandbox.sandbox.notifyTo(hq.url());

    // The answer is lost: the provider booked it, the terminal does not know.
    PaymentOutcome outcome = a.payments().pay("15000.00", chain.sandbox.customerQr(Scenario.DROP),
        null);
    assertInstanceOf(PaymentOutcome.Pending.class, outcome, outcome.toString());
    String ref = outcome.record().partnerReferenceNo();

    Await.until(Duration.ofSeconds(20),
        () -> a.journal().payments().find(ref).orElseThrow().state() == PaymentState.APPROVED,
        "the relayed notify settled the payment on its terminal");
    for (CallRecord call : a.journal().calls().of(ref)) {
      assertTrue(!"QUERY".equals(call.service()), "the terminal asked the provider: " + call);
    }
    assertEquals(1,
        chain.count("SELECT count(*) FROM notifies WHERE partner_reference_no = ?", ref));
    assertTrue(b.journal().payments().find(ref).isEmpty());
    // The ledger hears of the settled payment with the next push.
    assertTrue(a.chain().orElseThrow().runOnce().ok());
    assertEquals("APPROVED",
        chain.text("SELECT state FROM payments WHERE partner_reference_no = ?", ref));
  }

  @Test
  void twoHqBehindOneBalancerAcceptANotifyOnce() throws Exception {
    try (HqRelay second = startHq()) {
      String body = "{\"originalPartnerReferenceNo\":\"P20261202000000000TERMX001000001\",\"originalReferenceNo\":"
          + "\"SBX9\",\"merchantId\":\"00007100010926\",\"amount\":{\"value\":\"5000.00\",\"currency\":\"IDR\"},"
          + "\"latestTransactionStatus\":\"00\",\"transactionStatusDesc\":\"paid\"}";
      assertEquals("2007900",
          post(hq.url(), body, "20261202000000000001").get("responseCode").asText());
      assertEquals("4097900",
          post(second.url(), body, "20261202000000000001").get("responseCode").asText());
      // The same notify under a new X-EXTERNAL-ID (the signature does not cover it): answered, stored once.
      assertEquals("2007900",
          post(second.url(), body, "20261202000000000002").get("responseCode").asText());
      assertEquals(1, chain.count("SELECT count(*) FROM notifies"));
    }
  }

  @Test
  void hqMigrateUpgradesTheLedgerAndSaysWhenItCannotReachIt(TestPostgres postgres)
      throws Exception {
    String fresh = postgres.newDatabase();
    Path config = dir.resolve("fresh-hq.properties");
    Files.writeString(config, Files.readString(hqConfig).replace(chain.ledgerUrl, fresh));
    StringWriter out = new StringWriter();
    assertEquals(0,
        CpmPosCommand.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "--config",
            config.toString(), "hq", "migrate"));
    assertTrue(
        out.toString().startsWith("Ledger schema up to date (") && !out.toString().contains("(0 "),
        out.toString());
    StringWriter again = new StringWriter();
    assertEquals(0, CpmPosCommand.run(new PrintWriter(again), new PrintWriter(new StringWriter()),
        "--config", config.toString(), "hq", "migrate"));
    assertTrue(again.toString().contains("(0 migrations run)"), again.toString());

    Files.writeString(config,
        Files.readString(hqConfig).replace(chain.ledgerUrl, "jdbc:postgresql://127.0.0.1:1/x"));
    StringWriter err = new StringWriter();
    assertEquals(1,
        CpmPosCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "--config",
            config.toString(), "hq", "migrate"));
    assertTrue(err.toString().contains("cannot be reached"), err.toString());
    assertTrue(!err.toString().contains(Files.readString(postgres.passwordFile()).strip()));
  }

  private JsonNode post(String url, String body, String externalId) throws Exception {
    String timestamp = SnapTimestamps.now(Clock.systemUTC(), ZoneId.of("Asia/Jakarta"));
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String signature = Signatures.rsaSign(
        chain.sandbox.sandbox.credentials().providerKeys().getPrivate(),
        Signatures.asymmetricStringToSign("POST", NotifyReceiver.DEFAULT_PATH, bytes, timestamp));
    Request request = new Request.Builder().url(url)
        .header("X-TIMESTAMP", timestamp).header("X-SIGNATURE", signature)
        .header("X-PARTNER-ID", chain.sandbox.sandbox.credentials().partnerId())
        .header("X-EXTERNAL-ID", externalId)
        .header("CHANNEL-ID", chain.sandbox.sandbox.credentials().channelId())
        .post(RequestBody.create(bytes, MediaType.get("application/json"))).build();
    try (Response response = http.newCall(request).execute()) {
      return SnapJson.mapper().readTree(response.body().string());
    }
  }
}
