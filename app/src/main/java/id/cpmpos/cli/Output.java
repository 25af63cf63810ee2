package id.cpmpos.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Writes a command's result to stdout: JSON alone with {@code --json}, text otherwise. The results are
 * maps and lists of strings, numbers and booleans, written with Jackson's streaming generator; only a
 * value of another kind brings in Jackson's object mapper, whose ~400 classes were a third of a quick
 * command's start-up ({@code journal --json}). Either way the output is the mapper's indented JSON.
 */
final class Output {
  private static final JsonFactory FACTORY = new JsonFactory();

  private Output() {}

  static void json(PrintWriter out, Object value) {
    out.println(plain(value) ? streamed(value) : Mapper.write(value));
    out.flush();
  }

  /** True when the streaming generator can write all of it. */
  private static boolean plain(Object v) {
    if (v == null || v instanceof String || v instanceof Boolean || v instanceof Integer || v instanceof Long
        || v instanceof BigDecimal || v instanceof BigInteger || v instanceof Double) {
      return true;
    }
    if (v instanceof Map<?, ?> m) {
      return m.keySet().stream().allMatch(k -> k instanceof String) && m.values().stream().allMatch(Output::plain);
    }
    return v instanceof List<?> l && l.stream().allMatch(Output::plain);
  }

  private static String streamed(Object value) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(text)) {
      g.useDefaultPrettyPrinter();
      write(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static void write(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof BigDecimal d) {
      g.writeNumber(d);
    } else if (v instanceof BigInteger i) {
      g.writeNumber(i);
    } else if (v instanceof Double d) {
      g.writeNumber(d);
    } else if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeFieldName((String) e.getKey());
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else {
      g.writeStartArray();
      for (Object item : (List<?>) v) {
        write(g, item);
      }
      g.writeEndArray();
    }
  }

  /** Loaded only for a value the generator is not given. */
  private static final class Mapper {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    static String write(Object value) {
      try {
        return JSON.writeValueAsString(value);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
