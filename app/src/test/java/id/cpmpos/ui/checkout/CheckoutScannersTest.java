package id.cpmpos.ui.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.boot.TerminalContext;
import id.cpmpos.sandbox.SandboxOptions;
import id.cpmpos.scanner.ScanEvent;
import id.cpmpos.scanner.ScannerDescription;
import id.cpmpos.scanner.ScannerProblem;
import id.cpmpos.scanner.ScannerStatus;
import id.cpmpos.testing.SandboxFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checkout fed by scanners, without a stage: a scan pays with the reading scanner's
 * scannerInfo (as the sandbox received it), waits for the amount when it came first, and never
 * starts a second payment while one is in flight.
 */
class CheckoutScannersTest {
  private static final ScannerDescription WEBCAM = ScannerDescription.local("webcam", "0.9", "Logitech C920");
  private static final Instant NOW = Instant.parse("2026-11-26T03:00:00Z");

  @TempDir Path dir;
  SandboxFixture fixture;
  TerminalContext terminal;
  final List<String> traffic = new CopyOnWriteArrayList<>();
  final Queue<Runnable> background = new ArrayDeque<>();
  final Executor direct = Runnable::run;
  CheckoutViewModel vm;

  @BeforeEach
  void start() throws Exception {
    fixture = new SandboxFixture(dir, SandboxOptions.defaults().withTraffic(traffic::add), Clock.systemUTC());
    fixture.override("ui.language", "en");
    terminal = TerminalContext.open(fixture.config, Clock.systemUTC());
    vm = new CheckoutViewModel(terminal.payments(), terminal.messages(), direct, direct);
  }

  @AfterEach
  void stop() {
    terminal.close();
    fixture.close();
  }

  private String paymentRequest() {
    return traffic.stream().filter(l -> l.startsWith("-> POST") && l.contains("qr-cpm-payment")).findFirst()
        .orElseThrow(() -> new AssertionError("no payment reached the sandbox: " + traffic));
  }

  @Test
  void aScanWithTheAmountTypedPaysAndTellsTheProviderWhichScannerReadIt() {
    vm.amountProperty().set("25000");
    vm.scanListener().onScan(new ScanEvent(fixture.customerQr(), WEBCAM, NOW));

    assertEquals(CheckoutPhase.APPROVED, vm.phaseProperty().get(), vm.detailProperty().get());
    String sent = paymentRequest();
    assertTrue(sent.contains("\"deviceId\":\"webcam\""), sent);
    assertTrue(sent.contains("\"deviceModel\":\"Logitech C920\""), sent);
    assertTrue(sent.contains("\"deviceVersion\":\"0.9\""), sent);
    assertTrue(sent.contains("\"deviceIp\":\""), "a local device is reached at the terminal's address: " + sent);
  }

  @Test
  void aScanBeforeTheAmountWaitsForItAndEnterPays() {
    vm.scanListener().onScan(new ScanEvent(fixture.customerQr(), WEBCAM, NOW));

    assertEquals(CheckoutPhase.READY, vm.phaseProperty().get());
    assertEquals("QR read — enter the amount, then press Enter", vm.headlineProperty().get());
    assertTrue(vm.awaitingAmountProperty().get());

    vm.amountProperty().set("12000");
    vm.pay();
    assertEquals(CheckoutPhase.APPROVED, vm.phaseProperty().get(), vm.detailProperty().get());
    assertTrue(paymentRequest().contains("\"deviceModel\":\"Logitech C920\""));
    assertFalse(vm.awaitingAmountProperty().get());
  }

  @Test
  void contentTypedByHandIsNotCreditedToAScanner() {
    vm.scanListener().onScan(new ScanEvent("hQVDUFYwMWRONG", WEBCAM, NOW));
    vm.scanProperty().set(fixture.customerQr()); // the cashier pasted over it
    vm.amountProperty().set("5000");
    vm.pay();

    assertEquals(CheckoutPhase.APPROVED, vm.phaseProperty().get(), vm.detailProperty().get());
    assertFalse(paymentRequest().contains("Logitech"), paymentRequest());
  }

  @Test
  void aScanWhileAPaymentIsInFlightIsIgnored() {
    CheckoutViewModel held = new CheckoutViewModel(terminal.payments(), terminal.messages(), background::add, direct);
    held.amountProperty().set("25000");
    held.scanProperty().set("hQVDUFYwMFIRST");
    held.pay();
    assertEquals(CheckoutPhase.WORKING, held.phaseProperty().get());

    held.scanListener().onScan(new ScanEvent("hQVDUFYwMSECOND", WEBCAM, NOW));

    assertEquals("hQVDUFYwMFIRST", held.scanProperty().get());
    assertEquals(1, background.size(), "no second payment was started");
  }

  @Test
  void theStatusLineNamesEachScannerAndWhyOneIsNotWorking() {
    var listener = vm.scanListener();
    listener.onStatus(WEBCAM, ScannerStatus.disconnected(ScannerProblem.NO_CAMERA, "no camera found"));
    listener.onStatus(ScannerDescription.local("keyboard-wedge", "1", "usb"), ScannerStatus.READY);
    listener.onStatus(ScannerDescription.local("serial:/dev/ttyACM0", "1", "serial"),
        ScannerStatus.disconnected(ScannerProblem.PORT_NOT_FOUND, "/dev/ttyACM0 does not exist"));

    assertEquals("Camera: no camera   ·   USB scanner: ready   ·   Serial scanner: port not found (cable unplugged?)",
        vm.scannersProperty().get());
    assertEquals(ScannerProblem.NO_CAMERA, vm.cameraProperty().get().problem());
  }
}
