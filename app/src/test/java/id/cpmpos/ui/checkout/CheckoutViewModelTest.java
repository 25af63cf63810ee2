package id.cpmpos.ui.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.i18n.Messages;
import id.cpmpos.journal.JournalException;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.testing.ScriptedPayments;
import id.cpmpos.ui.TaskExecutor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checkout's behaviour without a stage or a terminal: the payment use case answers as each test
 * scripts it, and both sides of the task executor run on the calling thread. What the use case itself
 * does with an amount or a QR is tested with it (PayCommandIT, CheckoutUiTest on the real stack).
 */
class CheckoutViewModelTest {
  static final String QR = "hQVDUFYwMWEXAMPLEQRCONTENT0123456789";
  final ScriptedPayments payments = new ScriptedPayments();
  final TaskExecutor direct = new TaskExecutor(Runnable::run, Runnable::run);
  final CheckoutViewModel vm = new CheckoutViewModel(payments, null, Messages.forLanguage("en"),
      Clock.systemUTC(),
      direct);

  void sale(String amount, String qr) {
    vm.amountProperty().set(amount);
    vm.scanProperty().set(qr);
    vm.pay();
  }

  @Test
  void approvalShowsTheAmountAndReferenceAndClearsTheSale() {
    sale("25000", QR);

    assertEquals(CheckoutPhase.APPROVED, vm.phaseProperty().get());
    assertEquals("PAYMENT APPROVED", vm.headlineProperty().get());
    assertEquals("Rp 25.000 · Reference SBXP0001", vm.detailProperty().get());
    assertEquals("", vm.amountProperty().get());
    assertEquals("", vm.scanProperty().get());
    assertEquals(List.of(new ScriptedPayments.Asked("25000.00", QR, null)), payments.asked());
  }

  @Test
  void aDeclineKeepsTheAmountForAnotherScanAndSaysWhy() {
    payments.then(ScriptedPayments.decline("4036014", "Insufficient Funds"));
    sale("25000", QR);

    assertEquals(CheckoutPhase.DECLINED, vm.phaseProperty().get());
    assertEquals("The customer's balance is too low. Ask them to top up or pay another way.\n"
        + "4036014 · Insufficient Funds", vm.detailProperty().get());
    assertEquals("25000", vm.amountProperty().get());
    assertEquals("", vm.scanProperty().get());
  }

  @Test
  void badInputIsExplainedAndNothingIsAskedOfTheUseCase() {
    sale("25.00.0", QR);

    assertEquals(CheckoutPhase.INVALID, vm.phaseProperty().get());
    assertTrue(vm.detailProperty().get().contains("12.500 or 12500"), vm.detailProperty().get());
    assertEquals(List.of(), payments.asked());
  }

  @Test
  void anAnswerTheJournalCouldNotRecordIsShownAsPendingWithItsCauseNeverAsFailed() {
    payments.then(ScriptedPayments.holdTheAnswer(JournalException.Problem.BUSY));
    sale("25000", QR);

    assertEquals(CheckoutPhase.PENDING, vm.phaseProperty().get());
    assertEquals("OUTCOME NOT YET KNOWN", vm.headlineProperty().get());
    String detail = vm.detailProperty().get();
    assertTrue(
        detail.startsWith("Another process (e.g. sqlite3 or a backup) holds the journal's lock"),
        detail);
    assertTrue(detail.contains("Do not repeat the payment."), detail);
    assertTrue(detail.endsWith("Ref P0001"), detail);
  }

  @Test
  void aLostAnswerIsShownAsPendingNeverAsFailed() {
    payments.then(ScriptedPayments.loseTheAnswer());
    sale("25000", QR);

    assertEquals(CheckoutPhase.PENDING, vm.phaseProperty().get());
    assertEquals(
        "Do not repeat the payment. The terminal is asking the provider for its status. Ref P0001",
        vm.detailProperty().get());
    assertEquals("", vm.amountProperty().get(),
        "a pending sale's amount is not offered for another try");
  }

  @Test
  void aJournalThatRefusesTheIntentIsNotSentWithItsCause() {
    payments.then(ScriptedPayments.diskFull());
    sale("25000", QR);

    assertEquals(CheckoutPhase.NOT_SENT, vm.phaseProperty().get());
    assertEquals("The disk is full: the journal cannot write. Free space on the terminal's disk.\n"
        + "The payment was not sent; the customer was not charged.", vm.detailProperty().get());
  }

  @Test
  void anythingUnexpectedAfterTheRequestMayHaveLeftIsPendingInTheCashiersWords() {
    payments.then(ScriptedPayments.fail(new IllegalStateException("socket closed")));
    sale("25000", QR);

    assertEquals(CheckoutPhase.PENDING, vm.phaseProperty().get());
    assertEquals(
        "Something unexpected happened after the request may have left. Do not repeat the payment; see"
            + " History for its status.",
        vm.detailProperty().get());
  }

  @Test
  void typingTheNextAmountStartsTheNextSale() {
    sale("25000", QR);
    vm.amountProperty().set("1");
    assertEquals(CheckoutPhase.READY, vm.phaseProperty().get());
  }

  @Test
  void aSecondPayWhileOneIsInFlightIsIgnored() {
    List<Runnable> queued = new ArrayList<>();
    CheckoutViewModel slow = new CheckoutViewModel(payments, null, Messages.forLanguage("en"),
        Clock.systemUTC(),
        new TaskExecutor(queued::add, Runnable::run));
    slow.amountProperty().set("25000");
    slow.scanProperty().set(QR);
    slow.pay();
    slow.pay();

    assertEquals(1, queued.size(), "one payment in flight at a time");
    assertTrue(slow.workingProperty().get());
    queued.get(0).run();
    assertEquals(CheckoutPhase.APPROVED, slow.phaseProperty().get());
    assertEquals(1, payments.asked().size());
  }

  @Test
  void aPendingSaleOnScreenShowsItsResultOnceTheSyncSettlesIt() {
    payments.then(ScriptedPayments.loseTheAnswer());
    sale("25000", QR);
    vm.refreshPending();
    assertEquals(CheckoutPhase.PENDING, vm.phaseProperty().get(), "not settled yet: still pending");

    payments.settle("P0001", PaymentState.APPROVED, "2005100", "Successful");
    vm.refreshPending();

    assertEquals(CheckoutPhase.APPROVED, vm.phaseProperty().get());
    assertEquals("Rp 25.000 · Reference SBXP0001", vm.detailProperty().get());
  }

  @Test
  void aSettledPendingSaleDoesNotOverwriteTheNextSale() {
    payments.then(ScriptedPayments.loseTheAnswer());
    sale("25000", QR);
    payments.settle("P0001", PaymentState.APPROVED, "2005100", "Successful");
    vm.amountProperty().set("5000"); // the cashier moved on

    vm.refreshPending();

    assertEquals(CheckoutPhase.READY, vm.phaseProperty().get());
    assertEquals("5000", vm.amountProperty().get());
  }

  @Test
  void anAmountWrittenTheIndonesianWayIsPaidAsMeant() {
    sale("25.000,50", QR);

    assertEquals(CheckoutPhase.APPROVED, vm.phaseProperty().get(), vm.detailProperty().get());
    assertEquals("Rp 25.000,50 · Reference SBXP0001", vm.detailProperty().get());
    sale("12.500", QR);

    assertEquals(List.of("25000.50", "12500.00"),
        payments.asked().stream().map(ScriptedPayments.Asked::amount).toList());
  }

  @Test
  void aDotBeforeCentsIsRefusedWithTheWayToWriteItAndNothingIsSent() {
    sale("25000.50", QR);

    assertEquals(CheckoutPhase.INVALID, vm.phaseProperty().get());
    assertEquals(
        "Cents come after a comma: 25000,50. Dots group thousands (12.500 is twelve thousand five hundred).",
        vm.detailProperty().get());
    assertEquals(List.of(), payments.asked());
  }

  @Test
  void aSaleTheUseCaseRefusesIsExplainedInTheCashiersWordsAndTheCodeIsCleared() {
    payments.then(ScriptedPayments.refuse("amount.overLimit", "Rp 150.000", "Rp 100.000"));

    sale("150.000", QR);

    assertEquals(CheckoutPhase.INVALID, vm.phaseProperty().get());
    assertEquals(
        "The amount Rp 150.000 is over the limit per sale (Rp 100.000). Split the payment, or ask a"
            + " supervisor to raise sale.maxAmount.",
        vm.detailProperty().get());
    assertEquals("", vm.scanProperty().get(), "the customer shows a new code for the next try");
    assertEquals("150.000", vm.amountProperty().get());
  }

  @Test
  void aQrPastedIntoTheAmountFieldIsMovedToTheScanAndNeverShownInAnError() {
    vm.amountProperty().set("25000" + QR);

    vm.pay();

    assertEquals(CheckoutPhase.APPROVED, vm.phaseProperty().get(), vm.detailProperty().get());
    assertEquals(List.of(new ScriptedPayments.Asked("25000.00", QR, null)), payments.asked());

    vm.amountProperty().set("25.0x0" + QR); // a typo beside it: an error, without the QR
    vm.pay();
    assertEquals(CheckoutPhase.INVALID, vm.phaseProperty().get());
    assertFalse(vm.detailProperty().get().contains("hQVDUFYwM"), vm.detailProperty().get());
    assertEquals(1, payments.asked().size());
  }

  @Test
  void aResultStaysUntilEscapeAndComingBackNeverShowsAnOldOne() {
    sale("25000", QR);
    assertEquals(CheckoutPhase.APPROVED, vm.phaseProperty().get());

    vm.clearResult();
    assertEquals(CheckoutPhase.READY, vm.phaseProperty().get());
    assertEquals("Enter the amount, then scan the customer's QR", vm.headlineProperty().get());

    payments.then(ScriptedPayments.decline("4036014", "Insufficient Funds"));
    sale("7000", QR);
    assertEquals(CheckoutPhase.DECLINED, vm.phaseProperty().get());
    vm.forgetFinishedResult(); // F1 from the history
    assertEquals(CheckoutPhase.READY, vm.phaseProperty().get());
    assertEquals("", vm.detailProperty().get());
  }

  @Test
  void escapeNeverHidesAPendingSale() {
    payments.then(ScriptedPayments.loseTheAnswer());
    sale("25000", QR);
    assertEquals(CheckoutPhase.PENDING, vm.phaseProperty().get());

    vm.clearResult();
    vm.forgetFinishedResult();

    assertEquals(CheckoutPhase.PENDING, vm.phaseProperty().get(),
        "do not repeat: it stays on screen");
  }
}
