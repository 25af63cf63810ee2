package id.cpmpos.snap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** request-fields.tsv: a row for every field of every request, and nothing else. */
class FieldTableTest {
  static List<String> table() {
    return TableResource.lines(FieldTable.class, "request-fields.tsv");
  }

  /** The table with one row replaced; fails if the row is not in the table as written. */
  static List<String> replacing(String row, String replacement) {
    List<String> lines = new ArrayList<>(table());
    int at = lines.indexOf(row);
    assertTrue(at >= 0, row);
    lines.set(at, replacement);
    return lines;
  }

  /** Each String, Amount and nested-object (ScannerInfo) field of every request that no row reads. */
  static List<String> unchecked(Map<Class<?>, List<FieldTable.Field>> tables) {
    List<String> missing = new ArrayList<>();
    for (Class<?> request : SnapRequest.class.getPermittedSubclasses()) {
      Set<List<Method>> read = tables.get(request).stream().map(FieldTable.Field::path)
          .collect(Collectors.toSet());
      for (RecordComponent field : request.getRecordComponents()) {
        Class<?> type = field.getType();
        if (type == String.class || type == Amount.class) {
          if (!read.contains(List.of(field.getAccessor()))) {
            missing.add(request.getSimpleName() + "." + field.getName());
          }
        } else if (type.isRecord()) {
          for (RecordComponent inner : type.getRecordComponents()) {
            if (!read.contains(List.of(field.getAccessor(), inner.getAccessor()))) {
              missing.add(request.getSimpleName() + "." + field.getName() + "." + inner.getName());
            }
          }
        }
      }
    }
    return missing;
  }

  @Test
  void everyTextAmountAndScannerFieldOfEveryRequestHasARow() throws Exception {
    assertEquals(List.of(), unchecked(FieldTable.parse(table())));
    // A field added to a request without a row is caught, nested ones too.
    assertEquals(List.of("NotifyRequest.sessionId"),
        unchecked(
            FieldTable.parse(replacing(row("NotifyRequest sessionID O text 25"), "# forgotten"))));
    assertEquals(List.of("PaymentRequest.scannerInfo.deviceIp"), unchecked(FieldTable.parse(
        replacing(row("PaymentRequest scannerInfo.deviceIp O text 64"), "# forgotten"))));
  }

  @Test
  void aFieldIsNamedAsItIsSentNotAsTheRecordCallsIt() throws Exception {
    NotifyRequest longSession = new NotifyRequest("P1", null, "M1", null, null, null, "00", null,
        null, null, null, null, "s".repeat(26), null, null);
    assertEquals("Invalid Field Format sessionID", longSession.violation().orElseThrow().message());
    assertTrue(SnapJson.mapper().writeValueAsString(longSession).contains("\"sessionID\":"));
  }

  /** A row as written in the table, with spaces for its tabs. */
  static String row(String spaced) {
    return spaced.replace(' ', '\t');
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', textBlock = """
      NotifyRequest sessionID O text 25; NotifyRequest sessionId O text 25; has no field sessionId
      NotifyRequest sessionID O text 25; NotifyRequest sessionID.id O text 25; has no field id
      NotifyRequest sessionID O text 25; NotifyRequest sessionID C text 25; presence M, O
      NotifyRequest sessionID O text 25; NotifyRequest sessionID O date 25; type text, time
      NotifyRequest sessionID O text 25; NotifyRequest sessionID O text 0; at least 1
      NotifyRequest sessionID O text 25; NotifyRequest sessionID O text 25x; 25x
      NotifyRequest sessionID O text 25; NotifyRequest sessionID O text; five columns
      NotifyRequest sessionID O text 25; NotifyRequest sessionID O  25; five columns
      NotifyRequest sessionID O text 25; NotifyRequest amount O amount 16,2; amount twice
      NotifyRequest sessionID O text 25; VoidRequest sessionID O text 25; no request type Void
      PaymentRequest amount O amount 16,2; PaymentRequest amount O text 64; is Amount, not text
      PaymentRequest amount O amount 16,2; PaymentRequest amount O amount 16; digits,decimals
      PaymentRequest amount O amount 16,2; PaymentRequest title O amount 16,2; String, not amount
      QueryRequest originalPartnerReferenceNo M|originalReferenceNo text 64; \
      QueryRequest originalPartnerReferenceNo M|originalRef text 64; has no field originalRef
      QueryRequest originalPartnerReferenceNo M|originalReferenceNo text 64; \
      QueryRequest originalPartnerReferenceNo O|originalReferenceNo text 64; presence M, O
      """)
  void aRowThatIsNotOneStopsTheLoadAndNamesItsLine(String spaced, String broken, String why)
      throws Exception {
    List<String> lines = replacing(row(spaced), row(broken));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> FieldTable.parse(lines));
    String line = "line " + (table().indexOf(row(spaced)) + 1) + " ";
    assertTrue(e.getMessage().contains(line) && e.getMessage().contains(why)
        && e.getMessage().endsWith(row(broken)), e.getMessage());
  }

  @Test
  void aRequestWithoutRowsStopsTheLoad() throws Exception {
    IllegalStateException none = assertThrows(IllegalStateException.class,
        () -> FieldTable.parse(replacing(row("TokenRequest grantType M text 64"), "")));
    assertEquals("request-fields.tsv has no row for TokenRequest", none.getMessage());
  }
}
