package id.cpmpos.report;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

/**
 * The CSV export of a day: a header and one row per payment, RFC 4180 (comma, CRLF, fields quoted
 * when they hold a comma, quote or line break), UTF-8. Column names are a public contract.
 */
public final class ReportCsv {
  public static final List<String> HEADER = List.of("createdAt", "paidAt", "partnerReferenceNo",
      "referenceNo",
      "amount", "currency", "state", "responseCode", "refunded", "cancel", "shiftId", "cashier");

  /** One payment, every field as text (amounts with two decimals; null written as empty). */
  public record Row(String createdAt, String paidAt, String partnerReferenceNo, String referenceNo,
      String amount,
      String currency, String state, String responseCode, String refunded, String cancel,
      String shiftId,
      String cashier) {
    List<String> fields() {
      return Arrays.asList(createdAt, paidAt, partnerReferenceNo, referenceNo, amount, currency,
          state,
          responseCode, refunded, cancel, shiftId, cashier);
    }
  }

  private ReportCsv() {}

  public static void write(PrintWriter out, List<Row> rows) {
    line(out, HEADER);
    rows.forEach(r -> line(out, r.fields()));
  }

  /** Any table under the same rules (e.g. {@code report --chain --csv}: one row per terminal). */
  public static void write(PrintWriter out, List<String> header, List<List<String>> rows) {
    line(out, header);
    rows.forEach(r -> line(out, r));
  }

  private static void line(PrintWriter out, List<String> fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(quote(fields.get(i)));
    }
    out.print(b.append("\r\n"));
  }

  static String quote(String field) {
    if (field == null) {
      return "";
    }
    // A leading =, +, - or @ would be a formula to a spreadsheet (a cashier name is typed by a person).
    String safe = !field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return '"' + safe.replace("\"", "\"\"") + '"';
    }
    return safe;
  }
}
