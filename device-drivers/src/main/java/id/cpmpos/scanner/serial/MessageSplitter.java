package id.cpmpos.scanner.serial;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a serial byte stream into scans at the terminator, however the bytes were split across
 * reads. Empty messages (a stray terminator) are dropped, and so is a message that grows past any
 * QR's size without a terminator (line noise, a wrong baud rate).
 */
final class MessageSplitter {
  private static final int MAX_MESSAGE = 8192;

  private final byte[] terminator;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private boolean discarding;

  MessageSplitter(String terminator) {
    this.terminator = terminator.getBytes(StandardCharsets.US_ASCII);
  }

  List<String> feed(byte[] bytes, int length) {
    List<String> messages = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      pending.write(bytes[i]);
      if (endsWithTerminator()) {
        byte[] all = pending.toByteArray();
        pending.reset();
        int start = 0;
        while (start < all.length - terminator.length
            && (all[start] == '\r' || all[start] == '\n')) {
          start++; // the LF of a scanner sending CRLF to a port set to CR: not part of the next scan
        }
        String message = new String(all, start, all.length - terminator.length - start,
            StandardCharsets.UTF_8);
        if (!message.isEmpty() && !discarding) {
          messages.add(message);
        }
        discarding = false;
      } else if (pending.size() > MAX_MESSAGE) {
        pending.reset();
        discarding = true; // the rest up to the next terminator belongs to the runaway, not to a scan
      }
    }
    return messages;
  }

  void reset() {
    pending.reset();
    discarding = false;
  }

  private boolean endsWithTerminator() {
    int n = pending.size();
    if (n < terminator.length) {
      return false;
    }
    byte[] buf = pending.toByteArray(); // small: a message is at most a few hundred bytes
    for (int i = 0; i < terminator.length; i++) {
      if (buf[n - terminator.length + i] != terminator[i]) {
        return false;
      }
    }
    return true;
  }
}
