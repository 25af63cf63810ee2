package id.cpmpos.chain;

import com.fasterxml.jackson.databind.JsonNode;
import id.cpmpos.journal.AuditEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How a journal row the ledger keeps in its current state is written there: the ledger table of the
 * same name, keyed by terminal id + the journal's business key, with the columns it copies from the
 * row's audit snapshot and those a newer entry may change. One upsert for every table, so a batch
 * pushed twice, or an old entry arriving after a newer one, changes nothing
 * ({@code WHERE audit_seq < excluded.audit_seq}). A column's value comes from the snapshot by its
 * name ({@link #value}); the derived ones ({@code day}, {@code updated_day}, {@code paid_day},
 * {@code audit_seq}) are the only exceptions.
 */
record LedgerRow(String table, String key, List<String> columns, String upsert) {
  /** The rows the ledger keeps, by the audit entry's entity. */
  static final Map<String, LedgerRow> BY_ENTITY = Stream.of(
      of(AuditEntry.PAYMENTS, "partner_reference_no",
          "reference_no amount currency state response_code response_message training day"
              + " created_at updated_at audit_seq paid_at paid_day shift_id",
          "reference_no state response_code response_message updated_at audit_seq paid_at paid_day"
              + " shift_id"),
      of(AuditEntry.CANCELS, "partner_reference_no",
          "reason requested_by state response_code response_message day created_at updated_at"
              + " audit_seq updated_day shift_id",
          "state response_code response_message updated_at audit_seq updated_day shift_id"),
      of(AuditEntry.REFUNDS, "partner_refund_no",
          "partner_reference_no refund_no amount currency reason state response_code"
              + " response_message day created_at updated_at audit_seq updated_day shift_id",
          "refund_no state response_code response_message updated_at audit_seq updated_day shift_id"),
      // A shift's key is its number, and it carries no created_at/updated_at.
      of(AuditEntry.SHIFTS, "id", "cashier opened_at closed_at audit_seq",
          "cashier closed_at audit_seq"))
      .collect(Collectors.toUnmodifiableMap(LedgerRow::table, row -> row));

  /**
   * @param copied the columns after terminal id and key, in order, separated by spaces
   * @param changing the columns a newer entry overwrites; the rest keep what the first entry wrote
   */
  private static LedgerRow of(String table, String key, String copied, String changing) {
    List<String> columns = List.of(copied.split(" "));
    String all = "terminal_id, " + key + ", " + String.join(", ", columns);
    String placeholders = String.join(",", Collections.nCopies(columns.size() + 2, "?"));
    String updates = Arrays.stream(changing.split(" ")).map(c -> c + " = excluded." + c)
        .collect(Collectors.joining(", "));
    return new LedgerRow(table, key, columns,
        "INSERT INTO " + table + " (" + all + ") VALUES (" + placeholders + ") ON CONFLICT"
            + " (terminal_id, " + key + ") DO UPDATE SET " + updates + " WHERE " + table
            + ".audit_seq < excluded.audit_seq");
  }

  /** The upsert's arguments for this entry's snapshot {@code row}, in the order of {@link #upsert}. */
  Object[] arguments(String terminalId, AuditEntry e, JsonNode row) {
    Object[] args = new Object[columns.size() + 2];
    args[0] = terminalId;
    // Only a shift is keyed by a number (its id); the others by a reference.
    args[1] = "id".equals(key) ? (Object) Long.parseLong(e.entityKey()) : e.entityKey();
    for (int i = 0; i < columns.size(); i++) {
      args[i + 2] = value(columns.get(i), e, row);
    }
    return args;
  }

  private static Object value(String column, AuditEntry e, JsonNode row) {
    return switch (column) {
      case "audit_seq" -> e.seq();
      // Amounts are exact decimal strings in the journal; never through a double.
      case "amount" -> new BigDecimal(row.path(column).asText());
      case "training" -> row.path(column).asLong() == 1;
      case "shift_id" -> number(row, column);
      // Every payment, cancel and refund has both; a snapshot without them is refused.
      case "created_at", "updated_at" -> OffsetDateTime.parse(row.path(column).asText());
      case "day" -> OffsetDateTime.parse(row.path("created_at").asText()).toLocalDate();
      case "updated_day" -> OffsetDateTime.parse(row.path("updated_at").asText()).toLocalDate();
      case "paid_at", "opened_at", "closed_at" -> time(row, column);
      case "paid_day" -> day(row, "paid_at");
      default -> text(row, column);
    };
  }

  /** A local time as the terminal wrote it (with its offset); null when the column is absent or empty. */
  private static OffsetDateTime time(JsonNode row, String field) {
    String v = text(row, field);
    return v == null ? null : OffsetDateTime.parse(v);
  }

  /** The terminal's own day of a local time: the date part as written, not the ledger's zone. */
  private static LocalDate day(JsonNode row, String field) {
    OffsetDateTime t = time(row, field);
    return t == null ? null : t.toLocalDate();
  }

  private static Long number(JsonNode row, String field) {
    JsonNode v = row.get(field);
    return v == null || v.isNull() ? null : v.asLong();
  }

  private static String text(JsonNode row, String field) {
    JsonNode v = row.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
