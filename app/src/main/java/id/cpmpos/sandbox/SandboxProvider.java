package id.cpmpos.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import id.cpmpos.snap.SnapService;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SNAP QR CPM provider on 127.0.0.1, for demo mode, cashier training and tests: the server, its
 * lifecycle and the routing. It checks what a real provider checks ({@link SandboxAuthenticator}),
 * keeps one-time QRs and payments in a {@link SandboxLedger}, plays the {@link Scenario} bound to
 * each QR ({@link ScenarioResponder}), and sends signed notifies ({@link NotifySender}).
 */
public final class SandboxProvider implements AutoCloseable {
  static {
    // The JDK's HTTP server writes an answer's headers and body separately; with Nagle's algorithm on,
    // the peer's delayed ACK then holds every answer ~40 ms. Read once, when the first server is made.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private static final Logger log = LoggerFactory.getLogger(SandboxProvider.class);

  private final SandboxCredentials credentials;
  private final Clock clock;
  private final SandboxOptions options;
  private final SandboxStore store;
  private final SandboxLedger ledger;
  private final SandboxAnswers answers;
  private final SandboxAuthenticator authenticator;
  private final ScenarioResponder responder;
  private final ScheduledExecutorService notifyScheduler;
  private volatile Consumer<SnapService> beforeAnswering = service -> {};
  private volatile Consumer<String> secretsSeen = value -> {};
  private NotifySender notifier;
  private HttpServer server;
  private ExecutorService executor;
  private int port;
  private String scheme = "http";

  public SandboxProvider(SandboxCredentials credentials, Clock clock) {
    this(credentials, clock, SandboxOptions.defaults());
  }

  public SandboxProvider(SandboxCredentials credentials, Clock clock, SandboxOptions options) {
    this.credentials = credentials;
    this.clock = clock;
    this.options = options;
    this.store = options.stateFile() == null ? null : SandboxStore.open(options.stateFile());
    this.ledger = new SandboxLedger(clock, options.zone(), options.qrValidity(), store);
    this.answers = new SandboxAnswers(clock, options);
    this.authenticator = new SandboxAuthenticator(credentials, ledger,
        value -> secretsSeen.accept(value));
    this.responder = new ScenarioResponder(credentials, options, ledger, answers,
        service -> beforeAnswering.accept(service));
    this.notifyScheduler = Executors
        .newSingleThreadScheduledExecutor(r -> daemon(r, "sandbox-notify"));
    if (options.notifyUrl() != null) {
      notifyTo(options.notifyUrl());
    }
    ledger.onFinalPayment(p -> {
      NotifySender n = notifier;
      if (n != null) {
        n.send(p);
      }
    });
  }

  /** Where to send notifies; demo mode learns the terminal's receiver address only after both start. */
  public void notifyTo(String url) {
    notifier = new NotifySender(HttpUrl.get(url), credentials, clock, options.zone(),
        options.notifyBackoff(),
        options.notifyAttempts(), notifyScheduler, ledger::nextNotifySequence);
  }

  /** Notifies the terminal answered with 2007900. */
  public int notifiesDelivered() {
    NotifySender n = notifier;
    return n == null ? 0 : n.delivered();
  }

  /** Notify attempts the terminal answered with anything but 2007900 (each is retried). */
  public int notifiesRefused() {
    NotifySender n = notifier;
    return n == null ? 0 : n.refused();
  }

  /**
   * Runs after a payment, cancel or refund is booked and before its answer is written: the moment a
   * crash test stops the terminal "after the request was written". No-op unless a test sets one.
   */
  public void beforeAnswering(Consumer<SnapService> hook) {
    this.beforeAnswering = hook;
  }

  /**
   * Receives every access token the sandbox issues and every transaction signature it checks: the
   * values a test then looks for in the terminal's logs. No-op unless a test sets one.
   */
  public void secretsSeen(Consumer<String> sink) {
    this.secretsSeen = sink;
  }

  /**
   * An outage: stops listening (connections are refused) but keeps the books, so {@link #start}
   * on the same port brings the same provider back.
   */
  public synchronized void stopListening() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
      server = null;
    }
  }

  /** Listens on 127.0.0.1 only; port 0 picks a free port. */
  public SandboxProvider start(int requestedPort) throws IOException {
    return listen(HttpServer
        .create(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort), 50));
  }

  /**
   * Listens over TLS on 127.0.0.1 with the given server certificate (tests of the terminal's trust
   * store and pins: a provider behind a private CA).
   */
  public SandboxProvider startTls(int requestedPort, SSLContext tls) throws IOException {
    var https = HttpsServer
        .create(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort), 50);
    https.setHttpsConfigurator(new HttpsConfigurator(tls));
    scheme = "https";
    return listen(https);
  }

  private SandboxProvider listen(HttpServer created) {
    server = created;
    executor = Executors.newFixedThreadPool(8, r -> daemon(r, "sandbox-http"));
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
    port = server.getAddress().getPort();
    log.info("sandbox provider listening on {}", baseUrl());
    return this;
  }

  public int port() {
    return port;
  }

  public String baseUrl() {
    return scheme + "://127.0.0.1:" + port;
  }

  public SandboxCredentials credentials() {
    return credentials;
  }

  public SandboxLedger ledger() {
    return ledger;
  }

  /** Routes a request: the token service, else a transaction service once its checks pass. */
  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String path = exchange.getRequestURI().getRawPath();
      options.traffic().accept(Traffic.request(exchange, body));
      SnapService service = SnapService.fromPath(path);
      if (service == null || service == SnapService.NOTIFY
          || !"POST".equals(exchange.getRequestMethod())) {
        answers.error(exchange, "00", new SandboxError(404, "02", "Invalid Routing"));
        return;
      }
      try {
        if (service == SnapService.ACCESS_TOKEN) {
          answers.json(exchange, 200, authenticator.token(exchange));
          return;
        }
        authenticator.verifyTransaction(exchange, path, body);
        responder.answer(service, exchange, body);
      } catch (SandboxError e) {
        answers.error(exchange, service.code(), e);
      }
    } catch (RuntimeException e) {
      log.error("sandbox failed on {}", exchange.getRequestURI(), e);
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  @Override
  public synchronized void close() {
    stopListening();
    notifyScheduler.shutdownNow();
    if (store != null) {
      store.close();
    }
  }
}
