package id.cpmpos.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the mask removes, and what it must leave readable (references, amounts, codes, hashes). */
class LogMaskTest {
  @Test
  void registeredValuesAreMaskedWherever() {
    LogMask.register("s3cr3t-value-for-mask-test");
    assertEquals("secret was *** here", LogMask.mask("secret was s3cr3t-value-for-mask-test here"));
    assertFalse(LogMask.mask("x=s3cr3t-value-for-mask-testy").contains("s3cr3t-value"));
  }

  @Test
  void qrContentBecomesItsHash() {
    String line = LogMask.mask("scanned hQVDUFYwMQEaTwegAAAFQjAxVwwQAAAAAAAAAAAAAAA= ok");
    assertTrue(line.startsWith("scanned [QR sha256:"), line);
    assertTrue(line.endsWith("] ok"), line);
  }

  @Test
  void secretPairsBearerTokensAndOpaqueBlobsAreMasked() {
    assertEquals("X-SIGNATURE: *** done", LogMask.mask("X-SIGNATURE: abc123def done"));
    assertEquals("{\"accessToken\":\"***\",\"tokenType\":\"Bearer\"}",
        LogMask.mask("{\"accessToken\":\"0123abcdef\",\"tokenType\":\"Bearer\"}"));
    assertEquals("Authorization: Bearer ***", LogMask.mask("Authorization: Bearer abc.def-ghi"));
    assertEquals("pin=*** client.secret=***", LogMask.mask("pin=123456 client.secret=hunter22"));
    assertEquals("wrong PIN *** given", LogMask.mask("wrong PIN 482913 given"));
    assertEquals("sig ***",
        LogMask.mask("sig Yk9Ha3Bk7Jq2Lm4Nx8Pq1Rs5Tv9Wz3Ab6Cd0Ef2Gh4Ij8Kl1Mn5Op9Qr3St7Uv="));
  }

  @Test
  void whatSupportNeedsStaysReadable() {
    String line = "payment P20261126075434003T0000001083507 amount 10000.00 IDR qr sha256 "
        + "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 -> HTTP 200 2006000 (12 ms) "
        + "X-EXTERNAL-ID 202611260000000000000000000012345 log /home/kasir/.local/share/cpm-pos/logs/cpm-pos.log";
    assertEquals(line, LogMask.mask(line));
  }
}
