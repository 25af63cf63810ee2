package id.cpmpos.snap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.testing.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The B2B token's lifecycle, seen from a provider on loopback that counts token requests. */
class AccessTokensTest {
  LoopbackServer server;
  MutableClock clock = new MutableClock(TestClients.SAMPLE_INSTANT);

  @BeforeEach
  void start() throws Exception {
    server = new LoopbackServer();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  /** Issues tok-1, tok-2, … so a test can tell which token a request carried. */
  void issueNumberedTokens(String expiresInJson) {
    AtomicInteger issued = new AtomicInteger();
    server.token = (r, s) -> LoopbackServer.json(s, 200,
        LoopbackServer.tokenBody("tok-" + issued.incrementAndGet(), expiresInJson));
  }

  List<String> paymentTokens() {
    return server.received().stream().filter(r -> !r.isToken()).map(r -> r.header("Authorization"))
        .toList();
  }

  @Test
  void tokenIsCachedAndRefreshedShortlyBeforeExpiresInRunsOut() {
    issueNumberedTokens("\"900\"");
    SnapClient client = TestClients.client(server.baseUrl(), clock);

    client.payment(TestClients.payment());
    clock.advance(Duration.ofSeconds(839));
    client.payment(TestClients.payment());
    assertEquals(1, server.count(true), "still fresh 61 s before expiry");

    clock.advance(Duration.ofSeconds(1));
    client.payment(TestClients.payment());
    assertEquals(2, server.count(true), "refreshed 60 s before expiry");
    assertEquals(List.of("Bearer tok-1", "Bearer tok-1", "Bearer tok-2"), paymentTokens());
  }

  @Test
  void expiresInSentAsANumberIsHonoured() {
    issueNumberedTokens("300");
    SnapClient client = TestClients.client(server.baseUrl(), clock);

    client.payment(TestClients.payment());
    clock.advance(Duration.ofSeconds(239));
    client.payment(TestClients.payment());
    assertEquals(1, server.count(true));
    clock.advance(Duration.ofSeconds(1));
    client.payment(TestClients.payment());
    assertEquals(2, server.count(true));
  }

  @Test
  void warmUpFetchesTheTokenSoTheFirstPaymentDoesNotWait() {
    SnapClient client = TestClients.client(server.baseUrl(), clock);

    assertInstanceOf(CallOutcome.Answered.class, client.warmUp());
    client.payment(TestClients.payment());

    assertEquals(1, server.count(true));
    assertTrue(server.received().get(0).isToken());
  }

  @Test
  void invalidTokenAnswerRefreshesOnceAndSendsOnceMore() {
    issueNumberedTokens("\"900\"");
    AtomicInteger payments = new AtomicInteger();
    server.transaction = (r, s) -> {
      if (payments.incrementAndGet() == 1) {
        LoopbackServer.json(s, 401,
            "{\"responseCode\":\"4016001\",\"responseMessage\":\"Invalid Token (B2B)\"}");
      } else {
        LoopbackServer.json(s, 200, LoopbackServer.PAYMENT_OK);
      }
    };
    SnapClient client = TestClients.client(server.baseUrl(), clock);

    CallOutcome<PaymentResponse> outcome = client.payment(TestClients.payment());

    assertEquals("2006000", ((CallOutcome.Answered<PaymentResponse>) outcome).code().toString());
    assertEquals(List.of("Bearer tok-1", "Bearer tok-2"), paymentTokens());
    List<String> externalIds = server.received().stream().filter(r -> !r.isToken())
        .map(r -> r.header("X-EXTERNAL-ID")).toList();
    assertNotEquals(externalIds.get(0), externalIds.get(1),
        "a new X-EXTERNAL-ID for the second attempt");
  }

  @Test
  void tokenNotFoundTwiceIsAnsweredAfterExactlyOneRetry() {
    issueNumberedTokens("\"900\"");
    server.transaction = (r, s) -> LoopbackServer.json(s, 401,
        "{\"responseCode\":\"4016003\",\"responseMessage\":\"Token Not Found (B2B)\"}");
    SnapClient client = TestClients.client(server.baseUrl(), clock);

    CallOutcome<PaymentResponse> outcome = client.payment(TestClients.payment());

    assertEquals("4016003", ((CallOutcome.Answered<PaymentResponse>) outcome).code().toString());
    assertEquals(2, server.count(false), "sent twice, never three times");
    assertEquals(2, server.count(true));
  }

  @Test
  void otherUnauthorizedAnswersAreNotRetried() {
    server.transaction = (r, s) -> LoopbackServer.json(s, 401,
        "{\"responseCode\":\"4016000\",\"responseMessage\":\"Unauthorized. Signature\"}");
    TestClients.client(server.baseUrl(), clock).payment(TestClients.payment());
    assertEquals(1, server.count(false));
  }

  @Test
  void concurrentCallersShareOneRefresh() throws Exception {
    int n = 8;
    CountDownLatch firstTokenRequest = new CountDownLatch(1);
    CountDownLatch tokenGate = new CountDownLatch(1);
    server.token = (r, s) -> {
      firstTokenRequest.countDown();
      tokenGate.await(10, TimeUnit.SECONDS); // hold the refresh open while the others arrive
      LoopbackServer.json(s, 200, LoopbackServer.tokenBody("tok-1", "\"900\""));
    };
    SnapClient client = TestClients.client(server.baseUrl(), clock);
    CountDownLatch go = new CountDownLatch(1);
    CountDownLatch arrived = new CountDownLatch(n);
    List<Thread> workers = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "payer");
      t.setDaemon(true);
      workers.add(t);
      return t;
    });
    try {
      List<Future<CallOutcome<PaymentResponse>>> results = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        results.add(pool.submit(() -> {
          go.await();
          arrived.countDown();
          return client.payment(TestClients.payment());
        }));
      }
      go.countDown();
      assertTrue(firstTokenRequest.await(10, TimeUnit.SECONDS));
      assertTrue(arrived.await(10, TimeUnit.SECONDS));
      awaitAllButOneParked(workers, n, Duration.ofSeconds(5));
      tokenGate.countDown();

      for (Future<CallOutcome<PaymentResponse>> f : results) {
        assertInstanceOf(CallOutcome.Answered.class, f.get(10, TimeUnit.SECONDS));
      }
      assertEquals(1, server.count(true), "one token request for " + n + " concurrent payments");
      assertEquals(n, server.count(false));
    } finally {
      tokenGate.countDown();
      pool.shutdownNow();
    }
  }

  /**
   * Waits (bounded) until n-1 workers wait on the refresh that one of them performs. A client that
   * does not share the refresh never gets there: its workers all sit in their own token requests,
   * and the count above then fails.
   */
  private static void awaitAllButOneParked(List<Thread> workers, int n, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      long parked = workers.stream().filter(t -> t.getState() == Thread.State.WAITING
          || t.getState() == Thread.State.BLOCKED || t.getState() == Thread.State.TIMED_WAITING)
          .count();
      if (workers.size() == n && parked >= n - 1) {
        return;
      }
      LockSupport.parkNanos(1_000_000);
    }
  }
}
