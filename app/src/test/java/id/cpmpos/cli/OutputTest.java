package id.cpmpos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** --json prints exactly what Jackson's indenting object mapper printed, whichever way it is written. */
class OutputTest {
  @Test
  void mapsAndListsOfPlainValuesAreWrittenAsTheMapperWroteThem() throws Exception {
    Map<String, Object> payment = new LinkedHashMap<>();
    payment.put("partnerReferenceNo", "P2026…\"quoted\"\\ünïcode\n");
    payment.put("referenceNo", null);
    payment.put("amount", "10000.00");
    payment.put("total", new BigDecimal("12500.50"));
    payment.put("training", true);
    payment.put("count", 3);
    payment.put("oldestPendingSeconds", 12345678901L);
    payment.put("empty", List.of());
    payment.put("nested", Map.of("k", List.of(1, "two")));
    List<Object> rows = new ArrayList<>(List.of(payment, payment));
    assertSameAsMapper(rows);
    assertSameAsMapper(payment);
    assertSameAsMapper(List.of());
  }

  @Test
  void everyEscapeNumberAndNestingIsWrittenAsTheMapperWritesIt() throws Exception {
    StringBuilder controls = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      controls.append(c);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(controls.toString(), controls.toString());
    m.put("unicode \u2028 \ud83d\ude00 ü", "\u2028\ud83d\ude00");
    m.put("numbers",
        List.of(0, -1, Integer.MIN_VALUE, Long.MAX_VALUE, new BigDecimal("1E+3"),
            new BigDecimal("-0.000001"),
            new BigInteger("123456789012345678901234567890"), 1.5, -0.0, 1e300, Double.NaN,
            Double.POSITIVE_INFINITY));
    m.put("emptyMap", Map.of());
    m.put("lists",
        List.of(List.of(), List.of(List.of(1), Map.of()),
            List.of(Map.of("a", Map.of("b", List.of(Map.of(
                "c", false)))))));
    m.put("nulls", Arrays.asList(null, null));
    assertSameAsMapper(m);
    assertSameAsMapper(List.of(m, List.of(m)));
    assertSameAsMapper(Map.of());
    assertSameAsMapper("just a string");
    assertSameAsMapper(null);
  }

  @Test
  void anyOtherValueStillGoesThroughTheMapper() throws Exception {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scanned", new Scanned("QR_CODE", 12));
    m.put("content", "x");
    assertSameAsMapper(m);
  }

  record Scanned(String format, int millis) {}

  private static void assertSameAsMapper(Object value) throws Exception {
    StringWriter out = new StringWriter();
    Output.json(new PrintWriter(out), value);
    String mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
        .writeValueAsString(value);
    assertEquals(mapper + System.lineSeparator(), out.toString());
  }
}
