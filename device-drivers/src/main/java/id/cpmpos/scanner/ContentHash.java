package id.cpmpos.scanner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** QR content appears in logs only as its SHA-256: a customer's one-time code is a bearer token. */
public final class ContentHash {
  private ContentHash() {}

  /** The first 16 hex digits of the SHA-256 of the content: enough to match a log line to a journal row. */
  public static String of(String content) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(content.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
