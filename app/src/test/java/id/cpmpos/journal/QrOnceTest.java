package id.cpmpos.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A QR is sent once: the journal refuses a second intent with a QR an earlier payment sent. */
class QrOnceTest {
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final BigDecimal AMOUNT = new BigDecimal("10000.00");
  @TempDir Path dir;

  @Test
  void aQrSentByAnyPaymentThatMayHaveReachedTheProviderIsRefusedAndNothingIsWritten() {
    try (Journal journal = Journal.open(dir.resolve("journal.db"), Clock.systemUTC(), JAKARTA)) {
      journal.payments().recordIntent("P1", AMOUNT, "IDR", "paid", "T1", false);
      journal.payments().transition("P1", PaymentState.SENDING, PaymentState.APPROVED, "R1",
          "2006000", "ok");
      journal.payments().recordIntent("P2", AMOUNT, "IDR", "declined", "T1", false);
      journal.payments().transition("P2", PaymentState.SENDING, PaymentState.DECLINED, null,
          "4036014", "no funds");
      journal.payments().recordIntent("P3", AMOUNT, "IDR", "in-flight", "T1", false);

      assertEquals("P1", assertThrows(QrAlreadySent.class,
          () -> journal.payments().recordIntent("P4", AMOUNT, "IDR", "paid", "T1", false))
          .partnerReferenceNo());
      assertEquals("P2", assertThrows(QrAlreadySent.class,
          () -> journal.payments().recordIntent("P5", AMOUNT, "IDR", "declined", "T1", false))
          .partnerReferenceNo());
      assertEquals("P3", assertThrows(QrAlreadySent.class,
          () -> journal.payments().recordIntent("P6", AMOUNT, "IDR", "in-flight", "T1", false))
          .partnerReferenceNo());
      assertEquals(3, journal.payments().recent(10).size());
      assertTrue(journal.verify().intact());
    }
  }

  @Test
  void aQrWhosePaymentNeverReachedTheProviderMayBeSentAgain() {
    try (Journal journal = Journal.open(dir.resolve("journal.db"), Clock.systemUTC(), JAKARTA)) {
      journal.payments().recordIntent("P1", AMOUNT, "IDR", "offline", "T1", false);
      journal.payments().transition("P1", PaymentState.SENDING, PaymentState.NOT_SENT, null, null,
          "connection refused");

      journal.payments().recordIntent("P2", AMOUNT, "IDR", "offline", "T1", false);

      assertEquals(PaymentState.SENDING, journal.payments().find("P2").orElseThrow().state());
    }
  }
}
