package id.cpmpos.snap;

/**
 * Removes whitespace outside JSON strings, as SNAP's {@code minify(body)} requires. Whitespace
 * inside strings ({@code "John Doe"}) is kept: removing it is a known bug of a published SDK.
 */
public final class JsonMinifier {
  private JsonMinifier() {}

  public static String minify(String json) {
    StringBuilder out = new StringBuilder(json.length());
    boolean inString = false;
    boolean escaped = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        out.append(c);
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        out.append(c);
      } else if (!Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
