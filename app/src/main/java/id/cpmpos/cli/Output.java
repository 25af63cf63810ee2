package id.cpmpos.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;

/**
 * Writes a command's result to stdout: JSON alone with {@code --json}, text otherwise. The results are
 * maps and lists of strings, numbers and booleans, written by {@link IndentedJson}; only a value of
 * another kind brings in Jackson's object mapper, whose ~400 classes were a third of a quick command's
 * start-up ({@code journal --json}). Either way the output is the mapper's indented JSON.
 */
final class Output {
  private Output() {}

  static void json(PrintWriter out, Object value) {
    out.println(IndentedJson.writable(value) ? IndentedJson.write(value) : Mapper.write(value));
    out.flush();
  }

  /** Loaded only for a value IndentedJson does not write. */
  private static final class Mapper {
    private static final ObjectMapper JSON = JsonMapper.builder()
        .enable(SerializationFeature.INDENT_OUTPUT).build();

    static String write(Object value) {
      try {
        return JSON.writeValueAsString(value);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
