package id.cpmpos.bench;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.config.ConfigLoader;
import id.cpmpos.scanner.ScanEvent;
import id.cpmpos.scanner.ScannerDescription;
import id.cpmpos.terminal.PaymentOutcome;
import id.cpmpos.testing.SandboxFixture;
import id.cpmpos.ui.TaskExecutor;
import id.cpmpos.ui.checkout.CheckoutPhase;
import id.cpmpos.ui.checkout.CheckoutViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A payment at the counter against the sandbox answering at once, warm (token cached, connection
 * pooled): from the decoded QR to the outcome committed and returned, interleaved run by run with its
 * baseline, a bare okhttp POST of the same body to the same server plus one SQLite commit of one row.
 * Then the checkout's view model: a scan event in, the result state set (through the real FX thread).
 * {@code -Dbench.payments=N} (default 300).
 */
class PaymentBenchmark {
  private static final int N = Integer.getInteger("bench.payments", 300);
  private static final int WARM = Integer.getInteger("bench.warmup", 50);

  @TempDir Path dir;

  @Test
  void paymentBesideBarePostAndCommit() throws Exception {
    try (SandboxFixture fixture = new SandboxFixture(dir);
        TerminalContext terminal = TerminalContext.open(fixture.config, Clock.systemUTC());
        BareCommit bareJournal = new BareCommit(dir.resolve("bare.db"))) {
      BarePayment bare = new BarePayment(ConfigLoader.load(fixture.config));
      long[] ours = new long[N];
      long[] base = new long[N];
      for (int i = -WARM; i < N; i++) {
        String qr = fixture.customerQr();
        Request bareRequest = bare.prepare(fixture.customerQr());
        long oursNanos = 0;
        long baseNanos = 0;
        // Alternate who goes first, so neither always follows the wallet's generate call.
        for (int k = 0; k < 2; k++) {
          if ((k == 0) == (i % 2 == 0)) {
            long t0 = System.nanoTime();
            PaymentOutcome o = terminal.payments().pay("10000.00", qr, null);
            oursNanos = System.nanoTime() - t0;
            if (!(o instanceof PaymentOutcome.Approved)) {
              throw new AssertionError("the benchmark's payment was not approved: " + o);
            }
          } else {
            long t0 = System.nanoTime();
            int status = bare.send(bareRequest);
            bareJournal.commitOne(status);
            baseNanos = System.nanoTime() - t0;
            if (status != 200) {
              throw new AssertionError("the baseline's payment was refused: HTTP " + status);
            }
          }
        }
        if (i >= 0) {
          ours[i] = oursNanos;
          base[i] = baseNanos;
        }
      }
      Stats o = Stats.ofNanos(ours);
      Stats b = Stats.ofNanos(base);
      System.out.printf(
          "%nPAYMENT at the counter, warm, %d interleaved runs (sandbox on loopback):%n"
              + "  terminal  p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms%n"
              + "  baseline  p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms  (okhttp POST of the same body + one SQLite commit)%n"
              + "  ratio p50 %.2f (target <= 1.2), p99 %.2f ms (target < 10)%n",
          N, o.p50(), o.p99(), o.max(), b.p50(), b.p99(), b.max(), o.p50() / b.p50(), o.p99());
      BenchSummary.put(Map.of("paymentOverheadMs", o.p50(), "paymentP99Ms", o.p99(),
          "paymentOverheadRatio", o.p50() / b.p50(), "paymentBaselineMs", b.p50()));

      scanToResult(fixture, terminal);
    }
  }

  /** From a scan event handed to the checkout's view model to its result state, on the real FX thread. */
  private static void scanToResult(SandboxFixture fixture, TerminalContext terminal)
      throws Exception {
    Fx.start();
    ExecutorService background = Executors.newSingleThreadExecutor();
    try {
      AtomicReference<CheckoutViewModel> vmRef = new AtomicReference<>();
      AtomicReference<CompletableFuture<Long>> done = new AtomicReference<>();
      Fx.run(() -> {
        CheckoutViewModel vm = new CheckoutViewModel(terminal.payments(), null, terminal.messages(),
            Clock.systemUTC(), new TaskExecutor(background, Platform::runLater));
        vm.phaseProperty().addListener((obs, old, now) -> {
          if (now != CheckoutPhase.WORKING && now != CheckoutPhase.READY && done.get() != null) {
            done.get().complete(System.nanoTime());
          }
        });
        vmRef.set(vm);
      });
      CheckoutViewModel vm = vmRef.get();
      ScannerDescription camera = ScannerDescription.local("webcam", "bench", "virtual camera");
      long[] nanos = new long[N];
      for (int i = -WARM; i < N; i++) {
        String qr = fixture.customerQr();
        Fx.run(() -> vm.amountProperty().set("10.000")); // as a cashier types it: "10000.00" is refused
        CompletableFuture<Long> result = new CompletableFuture<>();
        done.set(result);
        long t0 = System.nanoTime();
        vm.scanListener().onScan(new ScanEvent(qr, camera, Instant.now()));
        long end = result.get(30, TimeUnit.SECONDS);
        if (vm.phaseProperty().get() != CheckoutPhase.APPROVED) {
          throw new AssertionError("the scanned payment ended " + vm.phaseProperty().get());
        }
        if (i >= 0) {
          nanos[i] = end - t0;
        }
      }
      Stats s = Stats.ofNanos(nanos);
      System.out.printf(
          "SCAN TO RESULT in the checkout view model, %d scans: p50 %.2f ms  p99 %.2f ms  max %.2f ms"
              + " (target p99 < 100)%n%n",
          N, s.p50(), s.p99(), s.max());
      BenchSummary.put(Map.of("scanToResultP50Ms", s.p50(), "scanToResultP99Ms", s.p99()));
    } finally {
      background.shutdownNow();
    }
  }
}
