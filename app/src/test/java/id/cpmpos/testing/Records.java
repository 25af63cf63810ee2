package id.cpmpos.testing;

import id.cpmpos.journal.ActionState;
import id.cpmpos.journal.CallRecord;
import id.cpmpos.journal.PaymentRecord;
import id.cpmpos.journal.PaymentState;
import id.cpmpos.journal.RefundRecord;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** Journal rows as a test states them: the amount in the machine's notation, the rest filled in as the journal would. */
public final class Records {
  /** When every row here was made (the terminal's zone, Asia/Jakarta). */
  public static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-02T10:15:00+07:00");

  private Records() {}

  /** A payment just written, before any answer: SENDING, no provider reference. */
  public static PaymentRecord sending(String partnerReferenceNo, String amount) {
    return new PaymentRecord(partnerReferenceNo, null, new BigDecimal(amount).setScale(2), "IDR",
        "qr-hash", "T1",
        PaymentState.SENDING, null, null, false, AT, AT);
  }

  /** {@code payment} as the provider's answer left it. */
  public static PaymentRecord answered(PaymentRecord payment, PaymentState state, String code,
      String message) {
    String providerRef = state == PaymentState.APPROVED
        ? "SBX" + payment.partnerReferenceNo()
        : payment.referenceNo();
    return new PaymentRecord(payment.partnerReferenceNo(), providerRef, payment.amount(),
        payment.currency(),
        payment.qrHash(), payment.terminalId(), state, code, message, payment.training(),
        payment.createdAt(), AT);
  }

  public static PaymentRecord approved(String partnerReferenceNo, String amount) {
    return answered(sending(partnerReferenceNo, amount), PaymentState.APPROVED, "2006000",
        "Successful");
  }

  /** A refund of {@code amount} of {@code payment}, in {@code state}. */
  public static RefundRecord refund(String partnerRefundNo, PaymentRecord payment, String amount,
      ActionState state) {
    return new RefundRecord(partnerRefundNo, payment.partnerReferenceNo(),
        state == ActionState.SUCCEEDED ? "SBXR" + partnerRefundNo : null,
        new BigDecimal(amount).setScale(2), "IDR",
        "goods returned", state, state == ActionState.SUCCEEDED ? "2007700" : null, null, AT, AT);
  }

  /** A call the provider answered with {@code code}. */
  public static CallRecord answeredCall(String partnerReferenceNo, String service, String code,
      String message) {
    return new CallRecord(partnerReferenceNo, service, null, "ANSWERED", 200, code, message, AT);
  }
}
