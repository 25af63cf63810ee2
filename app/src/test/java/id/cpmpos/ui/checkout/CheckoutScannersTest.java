package id.cpmpos.ui.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.i18n.Messages;
import id.cpmpos.scanner.ScanEvent;
import id.cpmpos.scanner.ScannerDescription;
import id.cpmpos.scanner.ScannerProblem;
import id.cpmpos.scanner.ScannerStatus;
import id.cpmpos.testing.ScriptedPayments;
import id.cpmpos.ui.TaskExecutor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/**
 * The checkout fed by scanners, without a stage: a scan pays with the reading scanner named (the
 * use case turns it into the payment's scannerInfo: ScannerInfosTest, and CheckoutCameraUiTest on the
 * wire), waits for the amount when it came first, and never starts a second payment while one is in
 * flight.
 */
class CheckoutScannersTest {
  private static final ScannerDescription WEBCAM = ScannerDescription.local("webcam", "0.9",
      "Logitech C920");
  private static final Instant NOW = Instant.parse("2026-11-26T03:00:00Z");
  private static final String QR = CheckoutViewModelTest.QR;

  final Queue<Runnable> background = new ArrayDeque<>();
  final ScriptedPayments payments = new ScriptedPayments();
  final CheckoutViewModel vm = new CheckoutViewModel(payments, null, Messages.forLanguage("en"),
      Clock.systemUTC(),
      new TaskExecutor(Runnable::run, Runnable::run));

  @Test
  void aScanWithTheAmountTypedPaysAndNamesTheScannerThatReadIt() {
    vm.amountProperty().set("25000");
    vm.scanListener().onScan(new ScanEvent(QR, WEBCAM, NOW));

    assertEquals(CheckoutPhase.APPROVED, vm.phaseProperty().get(), vm.detailProperty().get());
    assertEquals(List.of(new ScriptedPayments.Asked("25000.00", QR, WEBCAM)), payments.asked());
  }

  @Test
  void aScanBeforeTheAmountWaitsForItAndEnterPays() {
    vm.scanListener().onScan(new ScanEvent(QR, WEBCAM, NOW));

    assertEquals(CheckoutPhase.READY, vm.phaseProperty().get());
    assertEquals("QR read — enter the amount, then press Enter", vm.headlineProperty().get());
    assertTrue(vm.awaitingAmountProperty().get());
    assertEquals(List.of(), payments.asked());

    vm.amountProperty().set("12000");
    vm.pay();
    assertEquals(CheckoutPhase.APPROVED, vm.phaseProperty().get(), vm.detailProperty().get());
    assertEquals(List.of(new ScriptedPayments.Asked("12000.00", QR, WEBCAM)), payments.asked());
    assertFalse(vm.awaitingAmountProperty().get());
  }

  @Test
  void contentTypedByHandIsNotCreditedToAScanner() {
    vm.scanListener().onScan(new ScanEvent("hQVDUFYwMWRONG", WEBCAM, NOW));
    vm.scanProperty().set(QR); // the cashier pasted over it
    vm.amountProperty().set("5000");
    vm.pay();

    assertEquals(CheckoutPhase.APPROVED, vm.phaseProperty().get(), vm.detailProperty().get());
    assertEquals(List.of(new ScriptedPayments.Asked("5000.00", QR, null)), payments.asked());
  }

  @Test
  void aScanWhileAPaymentIsInFlightIsIgnored() {
    CheckoutViewModel held = new CheckoutViewModel(payments, null, Messages.forLanguage("en"),
        Clock.systemUTC(),
        new TaskExecutor(background::add, Runnable::run));
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
    listener.onStatus(WEBCAM,
        ScannerStatus.disconnected(ScannerProblem.NO_CAMERA, "no camera found"));
    listener.onStatus(ScannerDescription.local("keyboard-wedge", "1", "usb"), ScannerStatus.READY);
    listener.onStatus(ScannerDescription.local("serial:/dev/ttyACM0", "1", "serial"),
        ScannerStatus.disconnected(ScannerProblem.PORT_NOT_FOUND, "/dev/ttyACM0 does not exist"));

    assertEquals(
        "Camera: no camera   ·   USB scanner: ready   ·   Serial scanner: port not found (cable unplugged?)",
        vm.scannersProperty().get());
    assertEquals(ScannerProblem.NO_CAMERA, vm.cameraProperty().get().problem());
  }
}
