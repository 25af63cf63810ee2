package id.cpmpos.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.journal.PaymentRules.CancelBar;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The money rules over a payment and its reversals. */
class PaymentRulesTest {
  private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-02T10:00+07:00");

  private static PaymentRecord payment(PaymentState state, String amount) {
    return new PaymentRecord("P1", "R1", new BigDecimal(amount), "IDR", "h", "T1", state, null,
        null, false, AT, AT);
  }

  private static RefundRecord refund(ActionState state, String amount) {
    return new RefundRecord("F" + amount + state, "P1", null, new BigDecimal(amount), "IDR", "r",
        state, null, null,
        AT, AT);
  }

  private static CancelRecord cancel(ActionState state) {
    return new CancelRecord("P1", "r", CancelRecord.Requester.SUPERVISOR, state, null, null, AT,
        AT);
  }

  @Test
  void refundableIsWhatWasPaidLessEveryRefundNotRefused() {
    PaymentRecord paid = payment(PaymentState.APPROVED, "100.00");
    assertEquals(new BigDecimal("100.00"), PaymentRules.refundable(paid, List.of()));
    List<RefundRecord> refunds = List.of(refund(ActionState.SUCCEEDED, "30.00"),
        refund(ActionState.QUEUED, "20.00"),
        refund(ActionState.UNKNOWN, "5.00"), refund(ActionState.REJECTED, "40.00"));
    assertEquals(new BigDecimal("45.00"), PaymentRules.refundable(paid, refunds));
    assertEquals(new BigDecimal("55.00"), PaymentRules.committedRefunds(refunds));
    assertEquals(new BigDecimal("30.00"), PaymentRules.refunded(refunds));
  }

  @Test
  void onlyAPaidPaymentIsRefundable() {
    for (PaymentState s : PaymentState.values()) {
      BigDecimal left = PaymentRules.refundable(payment(s, "100.00"), List.of());
      assertEquals(s == PaymentState.APPROVED ? new BigDecimal("100.00") : BigDecimal.ZERO, left,
          s.name());
    }
  }

  @Test
  void refundedInFullOnceConfirmedRefundsCoverThePayment() {
    PaymentRecord paid = payment(PaymentState.APPROVED, "100.00");
    assertFalse(PaymentRules.refundedInFull(paid, List.of(refund(ActionState.SUCCEEDED, "60.00"),
        refund(ActionState.SENDING, "40.00"))));
    assertTrue(PaymentRules.refundedInFull(paid, List.of(refund(ActionState.SUCCEEDED, "60.00"),
        refund(ActionState.SUCCEEDED, "40.00"))));
  }

  @Test
  void aPaymentThatWasOrMayHaveBeenChargedMayBeCancelled() {
    for (PaymentState s : List.of(PaymentState.SENDING, PaymentState.UNKNOWN,
        PaymentState.APPROVED)) {
      assertEquals(Optional.empty(), PaymentRules.cancelBar(s), s.name());
      assertTrue(PaymentRules.cancellable(payment(s, "10.00"), List.of(), Optional.empty()),
          s.name());
    }
    for (PaymentState s : List.of(PaymentState.DECLINED, PaymentState.NOT_SENT,
        PaymentState.NOT_CHARGED)) {
      assertEquals(Optional.of(CancelBar.NOTHING_CHARGED), PaymentRules.cancelBar(s), s.name());
      assertFalse(PaymentRules.cancellable(payment(s, "10.00"), List.of(), Optional.empty()),
          s.name());
    }
    assertEquals(Optional.of(CancelBar.REFUNDED), PaymentRules.cancelBar(PaymentState.REFUNDED));
    assertFalse(PaymentRules.cancellable(payment(PaymentState.CANCELLED, "10.00"), List.of(),
        Optional.empty()));
  }

  @Test
  void anyRefundNotRefusedBarsACancel() {
    PaymentRecord paid = payment(PaymentState.APPROVED, "100.00");
    assertEquals(Optional.of(CancelBar.REFUNDED),
        PaymentRules.cancelBar(paid, List.of(refund(ActionState.QUEUED, "1.00"))));
    assertEquals(Optional.empty(),
        PaymentRules.cancelBar(paid, List.of(refund(ActionState.REJECTED, "1.00"))));
  }

  @Test
  void aCancelOnItsWayIsNotOfferedAgainButARefusedOneIs() {
    PaymentRecord paid = payment(PaymentState.APPROVED, "100.00");
    assertFalse(PaymentRules.cancellable(paid, List.of(), Optional.of(cancel(ActionState.QUEUED))));
    assertFalse(
        PaymentRules.cancellable(paid, List.of(), Optional.of(cancel(ActionState.UNKNOWN))));
    assertTrue(
        PaymentRules.cancellable(paid, List.of(), Optional.of(cancel(ActionState.REJECTED))));
  }
}
