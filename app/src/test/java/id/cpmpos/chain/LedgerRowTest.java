package id.cpmpos.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.cpmpos.journal.AuditEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The ledger's copy of a journal row, read from its audit snapshot column by column. */
class LedgerRowTest {
  static JsonNode json(String text) throws Exception {
    return JsonMapper.builder().build().readTree(text);
  }

  @Test
  void aPaymentIsCopiedWithItsDerivedDaysAndOnlyANewerEntryChangesIt() throws Exception {
    LedgerRow payments = LedgerRow.BY_ENTITY.get(AuditEntry.PAYMENTS);
    AuditEntry e = new AuditEntry(7, "t", AuditEntry.PAYMENTS, "P1", "UPDATE", null, "a", "b");
    // Paid just after midnight on the terminal's clock: its days are the terminal's, not UTC's.
    JsonNode row = json("{\"reference_no\":\"R1\",\"amount\":\"25000.50\",\"currency\":\"IDR\","
        + "\"state\":\"APPROVED\",\"response_code\":\"2006000\",\"response_message\":\"ok\","
        + "\"training\":0,\"created_at\":\"2026-11-25T23:59:00+07:00\","
        + "\"updated_at\":\"2026-11-26T00:01:00+07:00\",\"paid_at\":\"2026-11-26T00:01:00+07:00\","
        + "\"shift_id\":3}");
    OffsetDateTime created = OffsetDateTime.parse("2026-11-25T23:59:00+07:00");
    OffsetDateTime paid = OffsetDateTime.parse("2026-11-26T00:01:00+07:00");
    assertArrayEquals(new Object[]{"T1", "P1", "R1", new BigDecimal("25000.50"), "IDR", "APPROVED",
        "2006000", "ok", false, LocalDate.of(2026, 11, 25), created, paid, 7L, paid,
        LocalDate.of(2026, 11, 26), 3L}, payments.arguments("T1", e, row));
    assertTrue(
        payments.upsert().startsWith("INSERT INTO payments (terminal_id, partner_reference_no,"
            + " reference_no, amount,"),
        payments.upsert());
    assertTrue(payments.upsert().endsWith(" WHERE payments.audit_seq < excluded.audit_seq"));
  }

  @Test
  void aShiftIsKeyedByItsNumberAndMayStillBeOpen() throws Exception {
    LedgerRow shifts = LedgerRow.BY_ENTITY.get("shifts");
    AuditEntry e = new AuditEntry(9, "t", "shifts", "12", "INSERT", null, "a", "b");
    JsonNode row = json("{\"cashier\":\"ani\",\"opened_at\":\"2026-11-25T08:00:00+07:00\","
        + "\"closed_at\":null}");
    assertArrayEquals(new Object[]{"T1", 12L, "ani",
        OffsetDateTime.parse("2026-11-25T08:00:00+07:00"), null, 9L},
        shifts.arguments("T1", e, row));
    assertEquals("INSERT INTO shifts (terminal_id, id, cashier, opened_at, closed_at, audit_seq)"
        + " VALUES (?,?,?,?,?,?) ON CONFLICT (terminal_id, id) DO UPDATE SET cashier ="
        + " excluded.cashier, closed_at = excluded.closed_at, audit_seq = excluded.audit_seq"
        + " WHERE shifts.audit_seq < excluded.audit_seq", shifts.upsert());
  }
}
