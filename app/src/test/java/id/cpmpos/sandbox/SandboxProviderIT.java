package id.cpmpos.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.snap.Amount;
import id.cpmpos.snap.CallOutcome;
import id.cpmpos.snap.CancelRequest;
import id.cpmpos.snap.CancelResponse;
import id.cpmpos.snap.CpmPayload;
import id.cpmpos.snap.PaymentRequest;
import id.cpmpos.snap.PaymentResponse;
import id.cpmpos.snap.QueryRequest;
import id.cpmpos.snap.QueryResponse;
import id.cpmpos.snap.RefundRequest;
import id.cpmpos.snap.RefundResponse;
import id.cpmpos.snap.ResponseCatalogue;
import id.cpmpos.snap.ResponseCatalogue.Outcome;
import id.cpmpos.snap.ResponseCode;
import id.cpmpos.snap.ScannerInfo;
import id.cpmpos.snap.SnapClient;
import id.cpmpos.snap.SnapSettings;
import id.cpmpos.terminal.PaymentOutcome;
import id.cpmpos.testing.SandboxFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The sandbox provider driven through the real client for every service and every scenario. */
class SandboxProviderIT {
  @TempDir Path dir;
  SandboxFixture fixture;
  TerminalContext terminal;

  @BeforeEach
  void start() throws Exception {
    fixture = new SandboxFixture(dir,
        SandboxOptions.defaults().withSlowDelay(Duration.ofSeconds(30)), Clock.systemUTC());
    // The slow scenario answers after 30 s, long after the read timeout; 5 s leaves a loaded CI
    // machine room for every other answer (600 ms risked the flake TransportOutcomesIT showed).
    fixture.override("http.readTimeoutMs", "5000");
    terminal = TerminalContext.open(fixture.config, Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    terminal.close();
    fixture.close();
  }

  PaymentOutcome pay(Scenario scenario, String amount) throws Exception {
    return terminal.payments().pay(amount, fixture.customerQr(scenario), null);
  }

  SandboxLedger ledger() {
    return fixture.sandbox.ledger();
  }

  CallOutcome.Answered<QueryResponse> query(String ref) {
    return assertInstanceOf(CallOutcome.Answered.class,
        terminal.snap()
            .query(new QueryRequest(null, ref, null, "00007100010926", null, null, null)));
  }

  @Test
  void approvedPaymentIsBookedOnce() throws Exception {
    PaymentOutcome outcome = pay(Scenario.APPROVE, "10000");
    assertInstanceOf(PaymentOutcome.Approved.class, outcome);
    assertEquals(SandboxLedger.PAID,
        ledger().payment(outcome.record().partnerReferenceNo()).orElseThrow().status());
    assertEquals("00",
        query(outcome.record().partnerReferenceNo()).body().latestTransactionStatus());
  }

  /** Declines whose code the catalogue calls final; the others are settled by a query (below). */
  static Stream<Scenario> declines() {
    return Arrays.stream(Scenario.values()).filter(s -> s.kind() == Scenario.Kind.DECLINE)
        .filter(s -> final_(s));
  }

  static Stream<Scenario> declinesTheTerminalMustQuery() {
    return Arrays.stream(Scenario.values()).filter(s -> s.kind() == Scenario.Kind.DECLINE)
        .filter(s -> !final_(s));
  }

  private static boolean final_(Scenario s) {
    return ResponseCatalogue.standard()
        .lookup(ResponseCode.parse(paymentResponseCode(s)).orElseThrow())
        .outcome() == Outcome.FAILURE;
  }

  @ParameterizedTest
  @MethodSource("declinesTheTerminalMustQuery")
  void aDeclineThatMayStillBeReleasedIsPendingUntilAQuerySaysFailed(Scenario scenario)
      throws Exception {
    PaymentOutcome outcome = pay(scenario, "10000");
    assertInstanceOf(PaymentOutcome.Pending.class, outcome);
    assertEquals("06",
        query(outcome.record().partnerReferenceNo()).body().latestTransactionStatus());
    assertEquals(0, ledger().chargedCount());
  }

  @ParameterizedTest
  @MethodSource("declines")
  void everyDeclineAnswersItsCodeAndChargesNothing(Scenario scenario) throws Exception {
    PaymentOutcome outcome = pay(scenario, "10000");
    assertInstanceOf(PaymentOutcome.Declined.class, outcome);
    assertEquals(paymentResponseCode(scenario), outcome.record().responseCode());
    assertEquals(scenario.message, outcome.record().responseMessage());
    assertEquals("06",
        query(outcome.record().partnerReferenceNo()).body().latestTransactionStatus());
    assertEquals(0, ledger().chargedCount());
  }

  @Test
  void inProgressAnswers202ThenPaysAfterTheConfiguredQueries() throws Exception {
    PaymentOutcome outcome = pay(Scenario.IN_PROGRESS, "15000");
    assertInstanceOf(PaymentOutcome.Pending.class, outcome);
    assertEquals("2026000", outcome.record().responseCode());
    String ref = outcome.record().partnerReferenceNo();
    assertEquals("03", query(ref).body().latestTransactionStatus());
    assertEquals("00", query(ref).body().latestTransactionStatus());
  }

  @ParameterizedTest
  @EnumSource(value = Scenario.class, names = {"SLOW", "DROP", "TIMEOUT_504", "MALFORMED_JSON",
      "EMPTY_BODY"})
  void transportFaultsAfterBookingLeaveTheOutcomeUnknownWhileTheProviderCharged(Scenario scenario)
      throws Exception {
    PaymentOutcome outcome = pay(scenario, "20000");
    assertInstanceOf(PaymentOutcome.Pending.class, outcome, outcome.toString());
    String ref = outcome.record().partnerReferenceNo();
    assertEquals(PaymentState.UNKNOWN, outcome.record().state());
    assertEquals(SandboxLedger.PAID, ledger().payment(ref).orElseThrow().status());
    assertEquals("00", query(ref).body().latestTransactionStatus(), "only a query can tell");
  }

  @Test
  void error500LeavesTheOutcomeUnknownAndBooksNothing() throws Exception {
    PaymentOutcome outcome = pay(Scenario.ERROR_500, "20000");
    assertInstanceOf(PaymentOutcome.Pending.class, outcome);
    assertEquals("5006001", outcome.record().responseCode());
    assertEquals("07",
        query(outcome.record().partnerReferenceNo()).body().latestTransactionStatus());
  }

  @Test
  void aQrPaysOnceOnly() throws Exception {
    String qr = fixture.customerQr();
    assertInstanceOf(PaymentOutcome.Approved.class, terminal.payments().pay("1000", qr, null));
    // The terminal itself refuses a QR it sent; another client (another terminal) meets the provider's check.
    AtomicLong ids = new AtomicLong(900);
    var again = payDirect(client(ids::incrementAndGet), "REF-AGAIN", qr, "1000");
    assertEquals("4036000", again.code().toString());
    assertEquals(1, ledger().chargedCount());
  }

  @Test
  void aQrTheProviderNeverIssuedIsRefused() throws Exception {
    String forged = CpmPayload.build("936000123456789", "FORGED");
    PaymentOutcome outcome = terminal.payments().pay("1000", forged, null);
    assertEquals("4046011", outcome.record().responseCode());
  }

  @Test
  void anExpiredQrIsRefused() throws Exception {
    MutableClock clock = new MutableClock();
    try (SandboxFixture f = new SandboxFixture(dir.resolve("expiry"),
        SandboxOptions.defaults().withQrValidity(Duration.ofSeconds(60)), clock);
        TerminalContext t = openTerminal(f)) {
      String qr = f.customerQr();
      clock.advance(Duration.ofSeconds(61));
      PaymentOutcome outcome = t.payments().pay("1000", qr, null);
      assertEquals("4036000", outcome.record().responseCode());
      assertEquals(0, f.sandbox.ledger().paymentCount());
    }
  }

  private static TerminalContext openTerminal(SandboxFixture f) throws Exception {
    return TerminalContext.open(f.config, Clock.systemUTC());
  }

  @Test
  void cancelReversesAPaidPaymentAndIsIdempotent() throws Exception {
    String ref = pay(Scenario.APPROVE, "30000").record().partnerReferenceNo();
    CancelRequest cancel = new CancelRequest(ref, null, null, "00007100010926", null, null,
        Amount.idr(new BigDecimal("30000")), "customer changed mind", null);
    var first = assertInstanceOf(CallOutcome.Answered.class, terminal.snap().cancel(cancel));
    assertEquals("2006200", first.code().toString());
    assertNotNull(((CancelResponse) first.body()).cancelTime());
    var second = assertInstanceOf(CallOutcome.Answered.class, terminal.snap().cancel(cancel));
    assertEquals("2006200", second.code().toString());
    assertEquals("05", query(ref).body().latestTransactionStatus());
  }

  @Test
  void cancelOfAnUnknownPaymentIsNotFound() {
    var answer = assertInstanceOf(CallOutcome.Answered.class, terminal.snap().cancel(
        new CancelRequest("P-NEVER-SENT", null, null, "00007100010926", null, null, null, null,
            null)));
    assertEquals("4046201", answer.code().toString());
  }

  @Test
  void refundsArePartialCappedAndIdempotentByPartnerRefundNo() throws Exception {
    String ref = pay(Scenario.APPROVE, "10000").record().partnerReferenceNo();

    assertEquals("2008000", refund(ref, "R1", "4000.00").code().toString());
    assertEquals("4048013", refund(ref, "R2", "7000.00").code().toString(),
        "more than what is left");
    var repeat = refund(ref, "R1", "4000.00");
    assertEquals("2008000", repeat.code().toString());
    assertEquals(1, ledger().refunds(ref).size(), "a repeated partnerRefundNo refunds once");
    assertEquals("4048018", refund(ref, "R1", "5000.00").code().toString(),
        "same number, other content");
    assertEquals("00", query(ref).body().latestTransactionStatus());

    assertEquals("2008000", refund(ref, "R3", "6000.00").code().toString());
    assertEquals("04", query(ref).body().latestTransactionStatus(), "fully refunded");

    var cancel = assertInstanceOf(CallOutcome.Answered.class, terminal.snap().cancel(
        new CancelRequest(ref, null, null, "00007100010926", null, null, null, null, null)));
    assertEquals("4056201", cancel.code().toString(), "no cancel after a refund");
  }

  private CallOutcome.Answered<RefundResponse> refund(String ref, String refundNo, String amount) {
    return assertInstanceOf(CallOutcome.Answered.class,
        terminal.snap().refund(new RefundRequest("00007100010926",
            null, null, ref, null, null, refundNo, Amount.idr(new BigDecimal(amount)), "test",
            null)));
  }

  @Test
  void reusedPartnerReferenceIsDuplicateAndChangedContentIsInconsistent() throws Exception {
    SnapClient client = client(new AtomicLong()::incrementAndGet);
    String qr = fixture.customerQr();
    assertEquals("2006000", payDirect(client, "REF-1", qr, "1000.00").code().toString());
    assertEquals("4096001", payDirect(client, "REF-1", qr, "1000.00").code().toString());
    assertEquals("4046018", payDirect(client, "REF-1", qr, "2000.00").code().toString());
  }

  @Test
  void reusedExternalIdOnTheSameDayIsAConflict() throws Exception {
    SnapClient client = client(() -> 424242L);
    assertEquals("2006000",
        payDirect(client, "REF-A", fixture.customerQr(), "1000.00").code().toString());
    assertEquals("4096000",
        payDirect(client, "REF-B", fixture.customerQr(), "1000.00").code().toString());
  }

  @Test
  void aRevokedTokenIsRefreshedOnceAndThePaymentGoesThrough() throws Exception {
    assertInstanceOf(PaymentOutcome.Approved.class, pay(Scenario.APPROVE, "1000"));
    ledger().revokeTokens();
    assertInstanceOf(PaymentOutcome.Approved.class, pay(Scenario.APPROVE, "1000"));
  }

  @Test
  void stateFileKeepsTheBooksAcrossARestart() throws Exception {
    Path state = dir.resolve("sandbox-state.db");
    String ref;
    try (
        SandboxFixture f = new SandboxFixture(dir.resolve("first"),
            SandboxOptions.defaults().withStateFile(state),
            Clock.systemUTC());
        TerminalContext t = openTerminal(f)) {
      ref = t.payments().pay("5000", f.customerQr(), null).record().partnerReferenceNo();
    }
    SandboxProvider restarted = new SandboxProvider(SandboxCredentials.generate(),
        Clock.systemUTC(),
        SandboxOptions.defaults().withStateFile(state));
    try (restarted) {
      assertEquals("5000.00", restarted.ledger().payment(ref).orElseThrow().amount());
    }
  }

  private CallOutcome.Answered<PaymentResponse> payDirect(SnapClient client, String ref, String qr,
      String amount) {
    PaymentRequest request = new PaymentRequest(ref, qr, Amount.idr(new BigDecimal(amount)), null,
        "00007100010926",
        null, null, "2030-01-01T00:00:00+07:00", null, null, null, null, null, "T1",
        new ScannerInfo("d", "v", "m", null), null);
    return assertInstanceOf(CallOutcome.Answered.class, client.payment(request));
  }

  private SnapClient client(LongSupplier externalIds) throws Exception {
    SandboxCredentials c = fixture.sandbox.credentials();
    SnapSettings settings = new SnapSettings(HttpUrl.get(fixture.sandbox.baseUrl()), "v1.0",
        c.partnerId(),
        c.clientKey(), c.clientSecret(), c.partnerKeys().getPrivate(), c.channelId(), "test",
        "dev-1", "127.0.0.1",
        null, null, ZoneId.of("Asia/Jakarta"), Duration.ofSeconds(2), Duration.ofSeconds(5));
    return new SnapClient(settings, SnapClient.defaultHttpClient(),
        () -> String.valueOf(externalIds.getAsLong()),
        Clock.systemUTC());
  }

  /** A clock the test moves by hand. */
  static final class MutableClock extends Clock {
    private Instant now = Instant.now();

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** The response code a payment with this scenario gets, e.g. {@code 4036014}. */
  private static String paymentResponseCode(Scenario scenario) {
    return scenario.kind() == Scenario.Kind.DROP
        ? ""
        : scenario.httpStatus + "60" + scenario.caseCode;
  }
}
