package id.cpmpos.snap;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The QRIS CPM payload: Base64 of EMVCo BER-TLV that starts with {@code 85 05 'CPV01'} and holds
 * one or more application templates ({@code 61}) with an application id ({@code 4F}). Reading is
 * tolerant (unknown tags, label case); it only answers whether the structure holds.
 */
public final class CpmPayload {
  public static final String QRIS_AID = "A0000006022020";

  /** Why a content is not a CPM payload; {@code null} from {@link #problem(String)} means it is one. */
  public enum Problem {
    NOT_BASE64, NOT_TLV, NO_CPV01, NO_APPLICATION
  }

  private CpmPayload() {}

  public static Problem problem(String content) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(content.trim());
    } catch (IllegalArgumentException e) {
      return Problem.NOT_BASE64;
    }
    List<Tlv> top = Tlv.parseAll(bytes, 0, bytes.length);
    if (top == null || top.isEmpty()) {
      return Problem.NOT_TLV;
    }
    Tlv first = top.get(0);
    if (first.tag() != 0x85
        || !"CPV01".equals(new String(first.value(), StandardCharsets.US_ASCII))) {
      return Problem.NO_CPV01;
    }
    for (Tlv t : top) {
      if (t.tag() == 0x61) {
        List<Tlv> inner = Tlv.parseAll(t.value(), 0, t.value().length);
        if (inner != null
            && inner.stream().anyMatch(i -> i.tag() == 0x4F && i.value().length > 0)) {
          return null;
        }
      }
    }
    return Problem.NO_APPLICATION;
  }

  /**
   * Builds a QRIS CPM payload as a wallet would: {@code 85 CPV01}, and one {@code 61} template with
   * the QRIS AID, label, a tokenised PAN and the issuer's opaque data.
   */
  public static String build(String panDigits, String issuerData) {
    ByteArrayOutputStream app = new ByteArrayOutputStream();
    Tlv.write(app, 0x4F, HexFormat.of().parseHex(QRIS_AID));
    Tlv.write(app, 0x50, "QRISCPM".getBytes(StandardCharsets.US_ASCII));
    String pan = panDigits.length() % 2 == 0 ? panDigits : panDigits + "F";
    Tlv.write(app, 0x5A, HexFormat.of().parseHex(pan));
    ByteArrayOutputStream issuer = new ByteArrayOutputStream();
    Tlv.write(issuer, 0x9F74, issuerData.getBytes(StandardCharsets.US_ASCII));
    Tlv.write(app, 0x63, issuer.toByteArray());
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    Tlv.write(all, 0x85, "CPV01".getBytes(StandardCharsets.US_ASCII));
    Tlv.write(all, 0x61, app.toByteArray());
    return Base64.getEncoder().encodeToString(all.toByteArray());
  }

  /** One BER-TLV element; tags up to three bytes, definite lengths up to 0xFFFF. */
  record Tlv(int tag, byte[] value) {
    /** Parses a whole run of elements, or returns null if the bytes are not well-formed TLV. */
    static List<Tlv> parseAll(byte[] b, int from, int to) {
      List<Tlv> out = new ArrayList<>();
      int i = from;
      while (i < to) {
        if (b[i] == 0x00 || b[i] == (byte) 0xFF) { // padding between elements is allowed by BER-TLV
          i++;
          continue;
        }
        int tag = b[i++] & 0xFF;
        if ((tag & 0x1F) == 0x1F) {
          int n = 0;
          do {
            if (i >= to || ++n > 2) {
              return null;
            }
            tag = (tag << 8) | (b[i] & 0xFF);
          } while ((b[i++] & 0x80) != 0);
        }
        if (i >= to) {
          return null;
        }
        int len = b[i++] & 0xFF;
        if (len == 0x81 || len == 0x82) {
          int bytes = len - 0x80;
          if (i + bytes > to) {
            return null;
          }
          len = 0;
          for (int k = 0; k < bytes; k++) {
            len = (len << 8) | (b[i++] & 0xFF);
          }
        } else if (len > 0x7F) {
          return null;
        }
        if (i + len > to) {
          return null;
        }
        byte[] v = new byte[len];
        System.arraycopy(b, i, v, 0, len);
        out.add(new Tlv(tag, v));
        i += len;
      }
      return out;
    }

    static void write(ByteArrayOutputStream out, int tag, byte[] value) {
      if (tag > 0xFF) {
        out.write(tag >> 8);
      }
      out.write(tag & 0xFF);
      if (value.length > 0x7F) {
        out.write(0x81);
      }
      out.write(value.length);
      out.writeBytes(value);
    }
  }
}
