package id.cpmpos.snap;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The spec's response-code table ("Daftar Response Code"), every row, for every service: each row
 * says what the answer means for the transaction it answers. The rows, and why each has its outcome,
 * are kept as data in {@code response-codes.tsv} beside this class, read once when it loads. The rule behind every outcome below:
 * only a code that proves the provider decided is final; only a code that proves the request was
 * not processed is retryable; anything that leaves the provider's state in doubt is unknown, and
 * only a query can settle it.
 */
public final class ResponseCatalogue {
  private static final String BUNDLE = "assets.i18n.responses";
  /** The table, one row per code, with why each outcome is what it is. */
  private static final String TABLE = "response-codes.tsv";
  private static final ResponseCatalogue STANDARD = parse(
      TableResource.lines(ResponseCatalogue.class, TABLE));

  /** The table's "Category" column. */
  public enum Category {
    SUCCESS, SYSTEM, MESSAGE, BUSINESS
  }

  /** What an answer means for the transaction it answers. */
  public enum Outcome {
    /** Final: the provider did it. */
    SUCCESS,
    /** Final: the provider refused it; nothing happened and sending the same again will not help. */
    FAILURE,
    /** Provably not processed, for a passing reason: the same request may be sent again (new X-EXTERNAL-ID). */
    RETRYABLE,
    /** It may or may not have happened: query, never repeat. */
    UNKNOWN;

    public boolean isFinal() {
      return this == SUCCESS || this == FAILURE;
    }
  }

  /**
   * One row. {@code listed} is false for an entry synthesised from the HTTP class of a code the table
   * does not have.
   */
  public record Entry(int httpStatus, String caseCode, Category category, String message,
      String description,
      Outcome outcome, boolean listed) {

    /** The key of the cashier's message in {@code assets/i18n/responses*.properties}. */
    public String messageKey() {
      if (listed) {
        return "response." + httpStatus + "." + caseCode;
      }
      int httpClass = httpStatus / 100;
      return "response." + (httpClass == 2 || httpClass == 4 ? httpClass : 5) + "xx";
    }
  }

  private final Map<String, Entry> rows;

  private ResponseCatalogue(Map<String, Entry> rows) {
    this.rows = rows;
  }

  /**
   * The table's lines as a catalogue. Blank lines and lines starting with {@code #} are notes; every
   * other line is a row of exactly six tab-separated columns, and a line that is not one stops the
   * terminal from starting rather than leaving a code without its meaning.
   */
  static ResponseCatalogue parse(List<String> lines) {
    Map<String, Entry> rows = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Entry entry;
      try {
        entry = row(line.split("\t", -1));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            TABLE + " line " + (i + 1) + " is not a row (" + e.getMessage() + "): " + line, e);
      }
      if (rows.putIfAbsent(entry.httpStatus() + entry.caseCode(), entry) != null) {
        throw new IllegalStateException(TABLE + " line " + (i + 1) + " repeats a code: " + line);
      }
    }
    return new ResponseCatalogue(rows);
  }

  private static Entry row(String[] columns) {
    if (columns.length != 6 || Arrays.stream(columns).anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("six columns, none empty");
    }
    int http = Integer.parseInt(columns[0]);
    if (http < 100 || http > 599 || !columns[1].matches("\\d{2}")) {
      throw new IllegalArgumentException("HTTP status and two-digit case code");
    }
    return new Entry(http, columns[1], Category.valueOf(columns[2]), columns[4], columns[5],
        Outcome.valueOf(columns[3]), true);
  }

  public static ResponseCatalogue standard() {
    return STANDARD;
  }

  /** The table's rows, in the spec's order. */
  public List<Entry> entries() {
    return List.copyOf(rows.values());
  }

  /** The row for this code; a code the table lacks is judged by its HTTP class. */
  public Entry lookup(ResponseCode code) {
    Entry row = rows.get(code.httpStatus() + code.caseCode());
    if (row == null) {
      return byHttpClass(code);
    }
    if (row.httpStatus() == 404 && "18".equals(row.caseCode())
        && isRefundOrVoid(code.serviceCode())) {
      return new Entry(404, "18", row.category(), row.message(), row.description(), Outcome.SUCCESS,
          true);
    }
    return row;
  }

  public Optional<Entry> find(int httpStatus, String caseCode) {
    return Optional.ofNullable(rows.get(httpStatus + caseCode));
  }

  /**
   * The cashier's words for this code, in Bahasa Indonesia unless {@code locale} is English; falls
   * back to the HTTP class's message.
   */
  public String cashierMessage(ResponseCode code, Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    Entry entry = lookup(code);
    try {
      return bundle.getString(entry.messageKey());
    } catch (MissingResourceException e) {
      return bundle.getString(byHttpClass(code).messageKey());
    }
  }

  /**
   * A code not in the table is unknown, whatever its HTTP class: we cannot tell what the provider
   * did, so only a query may settle it (a 4xx we do not know is not proof that nothing happened).
   * Its category and the cashier's message still follow the HTTP class.
   */
  private static Entry byHttpClass(ResponseCode code) {
    int http = code.httpStatus();
    Outcome outcome = Outcome.UNKNOWN;
    Category category = http / 100 == 2 ? Category.SUCCESS : Category.SYSTEM;
    return new Entry(http, code.caseCode(), category, "HTTP " + http, "not in the spec's table",
        outcome,
        false);
  }

  private static boolean isRefundOrVoid(String serviceCode) {
    return SnapService.REFUND.code().equals(serviceCode)
        || SnapService.CANCEL.code().equals(serviceCode);
  }
}
