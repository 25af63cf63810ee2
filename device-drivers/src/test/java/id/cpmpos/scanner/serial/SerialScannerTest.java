package id.cpmpos.scanner.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.cpmpos.scanner.RecordingListener;
import id.cpmpos.scanner.ScanEvent;
import id.cpmpos.scanner.ScannerProblem;
import id.cpmpos.scanner.ScannerState;
import id.cpmpos.scanner.ScannerStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serial scanner against a socat pseudo-terminal pair: the real jSerialComm, the real kernel tty. */
class SerialScannerTest {
  private static final Duration LIMIT = Duration.ofSeconds(10);
  @TempDir Path dir;

  @BeforeAll
  static void needsSocat() {
    PtyPair.assumeSocat();
  }

  private SerialScanner scannerOn(Path port, String terminator) {
    return new SerialScanner(
        new SerialSettings(port.toString(), 9600, terminator, Duration.ofMillis(50)), "test",
        Clock.systemUTC());
  }

  @Test
  void eachTerminatedMessageIsOneScanFromThisPort() throws Exception {
    try (PtyPair pty = new PtyPair(dir).connect()) {
      SerialScanner scanner = scannerOn(pty.terminalEnd, "\r\n");
      RecordingListener heard = new RecordingListener();
      scanner.start(heard);
      try {
        heard.awaitState(ScannerState.READY, LIMIT);
        pty.scannerSends("hQVDUFYwMFIRST\r\nhQVDUFYwMSEC".getBytes(StandardCharsets.US_ASCII));
        ScanEvent first = heard.nextScan(LIMIT);
        assertEquals("hQVDUFYwMFIRST", first.content());
        assertEquals("serial:" + pty.terminalEnd, first.source().deviceId());
        pty.scannerSends("OND\r\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals("hQVDUFYwMSECOND", heard.nextScan(LIMIT).content(),
            "a scan split across reads is one scan");
      } finally {
        scanner.stop();
      }
    }
  }

  @Test
  void aPortThatDisappearsAndComesBackIsReopened() throws Exception {
    PtyPair pty = new PtyPair(dir).connect();
    SerialScanner scanner = scannerOn(pty.terminalEnd, "\r");
    RecordingListener heard = new RecordingListener();
    scanner.start(heard);
    try {
      heard.awaitState(ScannerState.READY, LIMIT);
      pty.scannerSends("hQVDUFYwMBEFORE\r".getBytes(StandardCharsets.US_ASCII));
      assertEquals("hQVDUFYwMBEFORE", heard.nextScan(LIMIT).content());

      pty.disconnect(); // the cable is pulled
      ScannerStatus gone = heard.awaitState(ScannerState.DISCONNECTED, LIMIT);
      assertEquals(ScannerProblem.PORT_NOT_FOUND, gone.problem());

      pty.connect(); // and plugged in again
      heard.awaitState(ScannerState.READY, LIMIT);
      pty.scannerSends("hQVDUFYwMAFTER\r".getBytes(StandardCharsets.US_ASCII));
      assertEquals("hQVDUFYwMAFTER", heard.nextScan(LIMIT).content());
    } finally {
      scanner.stop();
      pty.close();
    }
  }

  @Test
  void aPortThatIsNotThereIsDisconnectedNotACrash() throws Exception {
    SerialScanner scanner = scannerOn(dir.resolve("ttyNothing"), "\r");
    RecordingListener heard = new RecordingListener();
    scanner.start(heard);
    try {
      ScannerStatus status = heard.awaitState(ScannerState.DISCONNECTED, LIMIT);
      assertEquals(ScannerProblem.PORT_NOT_FOUND, status.problem());
      assertTrue(status.detail().contains("ttyNothing"), status.detail());
    } finally {
      scanner.stop();
    }
  }

  @Test
  void theSplitterCutsAtTheTerminatorAndDropsEmptyAndRunawayMessages() {
    MessageSplitter splitter = new MessageSplitter("\r\n");
    byte[] bytes = "A1\r\n\r\nB2\r".getBytes(StandardCharsets.US_ASCII);
    assertEquals(List.of("A1"), splitter.feed(bytes, bytes.length));
    byte[] rest = "\nC3\r\n".getBytes(StandardCharsets.US_ASCII);
    assertEquals(List.of("B2", "C3"), splitter.feed(rest, rest.length));
    byte[] noise = new byte[9000];
    Arrays.fill(noise, (byte) 'x');
    assertEquals(List.of(), splitter.feed(noise, noise.length));
    byte[] next = "D4\r\nE5\r\n".getBytes(StandardCharsets.US_ASCII);
    assertEquals(List.of("E5"), splitter.feed(next, next.length),
        "the runaway's tail is dropped with it; the next message is whole");
  }
}
